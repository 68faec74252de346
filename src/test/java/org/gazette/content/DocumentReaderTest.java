package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Front matter is read into a typed, resolved {@link Document}, every field of the editor's contract. */
class DocumentReaderTest {

    /** A notice that uses every field of CONTENT-MODEL.md. */
    @Nested
    class EveryField {

        @TempDir
        static Path folder;

        static Document document;

        @BeforeAll
        static void readTheNotice() throws IOException {
            TestSite site = TestSite.in(folder);
            site.write("content/notices/2022/sci-week/index.md", """
                    ---
                    title: 关于开展2022年科技活动周的通知
                    date: 2022-05-24
                    agencies: [kjj, kx]
                    status: draft
                    written: 2022-05-18
                    updated: 2022-05-30
                    doc_number: 某科发〔2022〕13号
                    index_number: 640502030/2022-00042
                    campaign: sci-week-2022
                    themes: 走进科技，你我同行
                    topics: [科普, 乡村振兴]
                    validity: valid
                    valid_until: 2022-12-31
                    summary: 全县于5月21日至28日开展科技活动周。
                    schedule:
                      - title: 科普讲座
                        start: 2022-05-25 14:30
                        end: 2022-05-25 16:00
                        when: 5月25日下午
                        location: 县科技馆
                        organizers: [kx, 县教育局]
                        participants: [中小学生, 家长]
                        description: 面向中小学生的科普讲座。
                      - title: 启动仪式
                        start: 2022-05-24 09:30
                    deadlines:
                      - title: 报送活动总结
                        due: 2022-06-14
                        submit_to: kjj@example.cn
                        materials: [活动总结, 统计表]
                      - title: 报送参加人员名单
                        due: 2022-05-20 17:00
                    contacts:
                      - ref: wang
                      - name: 张晓鸽
                        org: 某县科学技术协会
                        role: 科普部
                        phone: ["0359-2333259", "0359-2333260"]
                        mobile: "15121892999"
                        fax: "0359-2333261"
                        email: zhang@example.cn
                        address: 某县人民路1号
                    attachments:
                      - title: 附件1：统计表
                        file: 附件1 统计表.xlsx
                        description: 请填写后报送。
                        original: true
                      - title: 全国科技活动周通知
                        url: https://www.most.gov.cn/notice.html
                      - title: 附件2：名单
                        table: true
                    ---

                    各有关单位：
                    """);
            site.write("content/notices/2022/sci-week/附件1 统计表.xlsx", new byte[] {1, 2, 3});
            TestSite.Reading reading = site.read("content/notices/2022/sci-week/index.md");
            assertThat(reading.problems()).isEmpty();
            document = reading.document();
        }

        @Test
        void readsTheTextFields() {
            assertThat(document.title()).isEqualTo("关于开展2022年科技活动周的通知");
            assertThat(document.docNumber()).isEqualTo("某科发〔2022〕13号");
            assertThat(document.indexNumber()).isEqualTo("640502030/2022-00042");
            assertThat(document.summary()).isEqualTo("全县于5月21日至28日开展科技活动周。");
            assertThat(document.topics()).containsExactly("科普", "乡村振兴");
        }

        @Test
        void readsPublicationAndWritingDates() {
            assertThat(document.date()).isEqualTo(LocalDate.of(2022, 5, 24));
            assertThat(document.written()).isEqualTo(LocalDate.of(2022, 5, 18));
        }

        @Test
        void readsTheUpdateDayAsTheDayTheDocumentLastChanged() {
            assertThat(document.updated()).isEqualTo(LocalDate.of(2022, 5, 30));
            assertThat(document.lastChanged()).isEqualTo(LocalDate.of(2022, 5, 30));
        }

        @Test
        void resolvesAgenciesInSigningOrder() {
            assertThat(document.agencies()).extracting(Agency::id, Agency::name).containsExactly(
                    tuple("kjj", "某县科学技术局"),
                    tuple("kx", "某县科学技术协会"));
        }

        @Test
        void resolvesTheCampaign() {
            assertThat(document.campaigns()).singleElement().satisfies(campaign -> {
                assertThat(campaign.id()).isEqualTo("sci-week-2022");
                assertThat(campaign.name()).isEqualTo("2022年全国科技活动周");
            });
        }

        @Test
        void acceptsASingleValueWhereAListIsAllowed() {
            assertThat(document.themes()).containsExactly("走进科技，你我同行");
        }

        @Test
        void takesTheTypeFromTheFolder() {
            assertThat(document.type()).isEqualTo(DocumentType.NOTICE);
        }

        @Test
        void marksADraft() {
            assertThat(document.draft()).isTrue();
        }

        @Test
        void readsValidityAndShowsItExpiredAfterValidUntil() {
            assertThat(document.validity()).isEqualTo(Validity.VALID);
            assertThat(document.validUntil()).isEqualTo(LocalDate.of(2022, 12, 31));
            assertThat(document.validityOn(LocalDate.of(2022, 12, 31))).isEqualTo(Validity.VALID);
            assertThat(document.validityOn(LocalDate.of(2023, 1, 1))).isEqualTo(Validity.EXPIRED);
        }

        @Test
        void sortsTheScheduleByStart() {
            assertThat(document.schedule()).extracting(ScheduleItem::title).containsExactly("启动仪式", "科普讲座");
        }

        @Test
        void readsScheduleMomentsWithTheirTimeOfDay() {
            ScheduleItem lecture = document.schedule().get(1);
            assertThat(lecture.start()).isEqualTo(new Moment(LocalDate.of(2022, 5, 25), LocalTime.of(14, 30)));
            assertThat(lecture.end()).isEqualTo(new Moment(LocalDate.of(2022, 5, 25), LocalTime.of(16, 0)));
        }

        @Test
        void readsEveryFieldOfAScheduleItem() {
            ScheduleItem lecture = document.schedule().get(1);
            assertThat(lecture.when()).isEqualTo("5月25日下午");
            assertThat(lecture.location()).isEqualTo("县科技馆");
            assertThat(lecture.participants()).isEqualTo("中小学生、家长");
            assertThat(lecture.description()).isEqualTo("面向中小学生的科普讲座。");
            assertThat(lecture.line()).isEqualTo(17);
        }

        @Test
        void resolvesOrganizersGivenByIdAndKeepsOthersAsText() {
            ScheduleItem lecture = document.schedule().get(1);
            assertThat(lecture.organizers()).extracting(Organizer::name).containsExactly("某县科学技术协会", "县教育局");
            assertThat(lecture.organizers().get(0).agency().id()).isEqualTo("kx");
            assertThat(lecture.organizers().get(1).agency()).isNull();
        }

        @Test
        void sortsDeadlinesByDue() {
            assertThat(document.deadlines()).extracting(Deadline::title).containsExactly("报送参加人员名单", "报送活动总结");
            assertThat(document.deadlines().get(0).due())
                    .isEqualTo(new Moment(LocalDate.of(2022, 5, 20), LocalTime.of(17, 0)));
        }

        @Test
        void readsWhereAndWhatToSubmit() {
            Deadline summary = document.deadlines().get(1);
            assertThat(summary.due()).isEqualTo(Moment.of(LocalDate.of(2022, 6, 14)));
            assertThat(summary.submitTo()).isEqualTo("kjj@example.cn");
            assertThat(summary.materials()).containsExactly("活动总结", "统计表");
        }

        @Test
        void resolvesAContactReference() {
            Contact wang = document.contacts().get(0);
            assertThat(wang.refId()).isEqualTo("wang");
            assertThat(wang.name()).isEqualTo("王晶晶");
            assertThat(wang.phones()).containsExactly("0955-8812005");
        }

        @Test
        void readsEveryFieldOfAnInlineContact() {
            Contact zhang = document.contacts().get(1);
            assertThat(zhang).isEqualTo(new Contact(null, "张晓鸽", "某县科学技术协会", "科普部",
                    List.of("0359-2333259", "0359-2333260"), List.of("15121892999"),
                    List.of("0359-2333261"), "zhang@example.cn", "某县人民路1号"));
        }

        @Test
        void readsAFileAttachmentOfTheBundle() {
            Attachment form = document.attachments().get(0);
            assertThat(form.title()).isEqualTo("附件1：统计表");
            assertThat(form.file()).isEqualTo("附件1 统计表.xlsx");
            assertThat(form.description()).isEqualTo("请填写后报送。");
            assertThat(form.original()).isTrue();
        }

        @Test
        void readsAnExternalAttachmentAndATableAttachment() {
            assertThat(document.attachments().get(1).url()).isEqualTo("https://www.most.gov.cn/notice.html");
            assertThat(document.attachments().get(2).table()).isTrue();
            assertThat(document.attachments().get(2).isFile()).isFalse();
        }

        @Test
        void knowsWhereItIsPublishedAndWhereItsBodyStarts() {
            assertThat(document.url()).isEqualTo("notices/2022/sci-week/");
            assertThat(document.isBundle()).isTrue();
            assertThat(document.bodyFirstLine()).isEqualTo(54);
        }
    }

    /** Documents reduced to what each behaviour needs. */
    @Nested
    @ExtendWith(TestSiteExtension.class)
    class Minimal {

        @Test
        void aTypeFieldOverridesTheFolder(TestSite site) throws IOException {
            site.write("content/notices/implementation.md", """
                    ---
                    title: 实施方案
                    date: 2022-05-24
                    agencies: kjj
                    type: plan
                    ---
                    """);

            Document document = site.read("content/notices/implementation.md").document();

            assertThat(document.type()).isEqualTo(DocumentType.PLAN);
        }

        @Test
        void aDocumentUnderPlansIsAPlan(TestSite site) throws IOException {
            site.write("content/plans/2022/a.md", """
                    ---
                    title: 实施方案
                    date: 2022-05-24
                    agencies: kjj
                    ---
                    """);

            assertThat(site.read("content/plans/2022/a.md").document().type()).isEqualTo(DocumentType.PLAN);
        }

        @Test
        void aPageNeedsNeitherDateNorAgencies(TestSite site) throws IOException {
            site.write("content/about.md", """
                    ---
                    title: 关于本站
                    ---
                    """);

            TestSite.Reading reading = site.read("content/about.md");

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.document().type()).isEqualTo(DocumentType.PAGE);
            assertThat(reading.document().url()).isEqualTo("about/");
        }

        @Test
        void defaultsToPublishedAndValid(TestSite site) throws IOException {
            site.write("content/notices/a.md", TestSite.NOTICE);

            Document document = site.read("content/notices/a.md").document();

            assertThat(document.draft()).isFalse();
            assertThat(document.validity()).isEqualTo(Validity.VALID);
            assertThat(document.validityOn(LocalDate.of(2099, 1, 1))).isEqualTo(Validity.VALID);
        }

        @Test
        void readsAFileWithAByteOrderMarkAndWindowsLineEndings(TestSite site) throws IOException {
            // "\uFEFF" is written as the three bytes EF BB BF of a UTF-8 byte order mark.
            site.write("content/notices/a.md", "\uFEFF---\r\ntitle: 通知\r\ndate: 2022-05-24\r\nagencies: [kjj]\r\n---\r\n\r\n正文\r\n");

            TestSite.Reading reading = site.read("content/notices/a.md");

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.document().title()).isEqualTo("通知");
            assertThat(reading.document().date()).isEqualTo(LocalDate.of(2022, 5, 24));
            assertThat(reading.document().bodyFirstLine()).isEqualTo(6);
        }

        @Test
        void countsLinesOfWindowsLineEndingsTheWayEditorsSeeThem(TestSite site) throws IOException {
            String text = "\uFEFF---\r\ntitle: 通知\r\nagencies: [kjj]\r\ndate: 2022年5月24日\r\n---\r\n";
            site.write("content/notices/a.md", text);

            TestSite.Reading reading = site.read("content/notices/a.md");

            assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
        }
    }
}
