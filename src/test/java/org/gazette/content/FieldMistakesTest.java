package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.ProblemAssert.assertThatProblem;

import java.io.IOException;
import org.gazette.testing.CheckRun;
import org.gazette.testing.TestSite;
import org.gazette.testing.TestSiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mistakes in the values of front matter fields stop the build with the file, the line, the field
 * and what to write instead.
 */
@ExtendWith(TestSiteExtension.class)
class FieldMistakesTest {

    static final String FILE = "content/notices/a.md";

    @Test
    void unknownFieldSuggestsTheFieldMeant(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                doc_numbr: 某科发〔2022〕13号
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 5, "doc_numbr")
                .hasMessageContaining("不认识的字段")
                .hasHintContaining("是不是想写 doc_number？");
    }

    @Test
    void chineseFieldNameSuggestsTheEnglishOne(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                标题: 关于开展科技活动周的通知
                date: 2022-05-24
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.problemWithField("标题")).isAt(FILE, 2, "标题").hasHintContaining("是不是想写 title？");
    }

    @Test
    void unknownFieldOfAScheduleItem(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                schedule:
                  - title: 启动仪式
                    start: 2022-05-24
                    地点: 县科技馆
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 8, "schedule[1].地点").hasHintContaining("location");
    }

    @Test
    void missingRequiredField(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 2, "date")
                .hasMessageContaining("缺少必填字段 date")
                .hasHintContaining("date: …");
    }

    @Test
    void missingTitleOfAScheduleItem(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                schedule:
                  - start: 2022-05-24
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 6, "schedule[1].title");
    }

    @Test
    void unknownAgencyIdSuggestsTheClosestOne(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj, kxx]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, "agencies")
                .hasMessageContaining("“kxx”不在 data/agencies.yaml 中")
                .hasHintContaining("是不是想写 kx？");
    }

    @Test
    void unknownCampaignIdListsTheKnownOnes(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                campaign: science-day-2022
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 5, "campaign")
                .hasMessageContaining("data/campaigns.yaml")
                .hasHintContaining("sci-week-2022");
    }

    @Test
    void unknownContactReference(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                contacts:
                  - ref: wnag
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 6, "contacts[1].ref")
                .hasMessageContaining("data/contacts.yaml")
                .hasHintContaining("wang");
    }

    @Test
    void impossibleDate(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-02-30
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, "date")
                .hasMessageContaining("2022年2月没有30日")
                .hasHintContaining("2022-02-28");
    }

    @Test
    void chineseStyleDateProposesTheIsoForm(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022年5月24日
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, "date")
                .hasMessageContaining("中文格式")
                .hasHintContaining("写成 2022-05-24");
    }

    @Test
    void slashDateProposesTheIsoForm(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022/5/24
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, "date").hasHintContaining("写成 2022-05-24");
    }

    @Test
    void dateWithTimeWhereOnlyADateIsAllowed(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24 09:30
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 3, "date")
                .hasMessageContaining("只能写日期")
                .hasHintContaining("写成 2022-05-24");
    }

    @Test
    void chineseStyleTimeInAScheduleProposesTheTwentyFourHourForm(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-20
                agencies: [kjj]
                schedule:
                  - title: 启动仪式
                    start: 2022年5月24日下午2:30
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 7, "schedule[1].start")
                .hasHintContaining("写成 2022-05-24 14:30");
    }

    @Test
    void scheduleEndBeforeStart(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-20
                agencies: [kjj]
                schedule:
                  - title: 科技活动周
                    start: 2022-05-28
                    end: 2022-05-21
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 8, "schedule[1].end")
                .hasMessageContaining("早于开始时间")
                .hasHintContaining("end 不能早于 start");
    }

    @Test
    void scheduleEndBeforeStartOnTheSameDay(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-20
                agencies: [kjj]
                schedule:
                  - title: 讲座
                    start: 2022-05-24 14:30
                    end: 2022-05-24 09:00
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 8, "schedule[1].end");
    }

    @Test
    void writtenAfterPublication(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                written: 2022-05-25
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, "written").hasMessageContaining("晚于发布日期");
    }

    @Test
    void updatedBeforePublication(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                updated: 2022-05-23
                agencies: [kjj]
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 4, "updated").hasMessageContaining("早于发布日期 2022-05-24")
                .hasHintContaining("不能早于 date");
    }

    @Test
    void updatedOnThePublicationDayIsAccepted(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                updated: 2022-05-24
                agencies: [kjj]
                ---
                """);

        assertThat(site.check().exitStatus()).isZero();
    }

    @Test
    void validUntilBeforePublication(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                valid_until: 2021-12-31
                ---
                """);

        CheckRun run = site.check();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThatProblem(run.onlyProblem()).isAt(FILE, 5, "valid_until").hasMessageContaining("早于发布日期");
    }

    @Test
    void valueOutsideAFixedSetListsTheAllowedValues(TestSite site) throws IOException {
        site.write(FILE, """
                ---
                title: 通知
                date: 2022-05-24
                agencies: [kjj]
                status: 草稿
                ---
                """);

        assertThatProblem(site.check().onlyProblem()).isAt(FILE, 5, "status").hasHintContaining("published、draft");
    }
}
