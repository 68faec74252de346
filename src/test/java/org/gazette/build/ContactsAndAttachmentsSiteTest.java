package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gazette.content.Contact;
import org.gazette.markup.BodyTable;
import org.gazette.outputs.TableSpreadsheets;
import org.gazette.site.ContactCards;
import org.gazette.site.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole site built with contacts and attachments: the 联系我们 directory, agency pages and their
 * pagination, vCards, attachment downloads byte for byte, table spreadsheets and the attachment index.
 */
class ContactsAndAttachmentsSiteTest {

    static final String BUNDLE = "content/notices/2022/sci-week/";
    static final String XLSX_NAME = "附件1 统计表.xlsx";
    static final String PDF_NAME = "附件2 通知 原文.pdf";
    /** Notices of the big agency besides the bundle: three pages of twenty. */
    static final int ROUTINE_NOTICES = 45;

    @TempDir
    static Path folder;
    static SmallSite site;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        site = SmallSite.in(folder.resolve("src"));
        for (int n = 1; n <= ROUTINE_NOTICES; n++) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(n);
            site.text(String.format("content/notices/2021/n%02d.md", n), """
                    ---
                    title: 例行通知%d
                    date: %s
                    agencies: [big-kjj]
                    attachments:
                      - title: 上级文件%d
                        url: https://www.most.gov.cn/docs/%d.html
                    ---

                    正文。
                    """.formatted(n, day, n, n));
        }
        site.bytes(BUNDLE + XLSX_NAME, TableSpreadsheets.xlsx(new BodyTable("统计表", "t", List.of(List.of("项目", "数量")),
                List.of(), 1), LocalDate.of(2022, 5, 1)));
        site.bytes(BUNDLE + PDF_NAME, pdfOfPages(3));
        site.text(BUNDLE + "说明 文本.txt", "填表说明\n");
        site.text(BUNDLE + "index.md", """
                ---
                title: 关于开展2022年科技活动周的通知
                date: 2022-05-24
                agencies: [small-kx]
                schedule:
                  - title: 启动仪式
                    start: 2022-05-28 09:30
                contacts:
                  - ref: big-kjj-wang
                  - name: 李泽宇
                    org: 小县科协宣传部
                    mobile: "18235928498"
                attachments:
                  - title: 附件1：统计表
                    file: 附件1 统计表.xlsx
                  - title: 附件2：通知原文
                    file: 附件2 通知 原文.pdf
                    original: true
                  - title: 开展情况统计表
                    table: true
                ---

                各有关单位：

                填表前请阅读[填表说明](说明 文本.txt)。

                ## 附件3 开展情况统计表

                <table>
                <thead><tr><th>类别</th><th>项目</th><th>数量</th></tr></thead>
                <tbody>
                <tr><th rowspan="2">科普活动</th><th>举办次数</th><td>3</td></tr>
                <tr><th>参与人数</th><td></td></tr>
                <tr><th colspan="2">开放场馆数量</th><td></td></tr>
                </tbody>
                </table>
                """);
        out = folder.resolve("site");
        site.build(out);
    }

    static byte[] pdfOfPages(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                pdf.addPage(new PDPage());
            }
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A small valid ZIP (an XLSX workbook), for files that must be ZIPs inside. */
    static byte[] zipBytes() {
        return TableSpreadsheets.xlsx(new BodyTable("表", "t", List.of(List.of("a")), List.of(), 0), LocalDate.of(2022, 1, 1));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    /** The published file a site-absolute link points to. */
    static Path target(String href) {
        return out.resolve(UrlPaths.decode(href.substring(1)));
    }

    static Element section(Document page, String id) {
        return page.getElementById(id);
    }

    // ---- 联系我们 and agency pages

    @Test
    void theDirectoryListsEveryAgency() throws IOException {
        assertThat(page("contacts/").select(".agency-entry > h2").eachText())
                .containsExactly("大县科学技术局", "小县科学技术协会", "中共闲县县委宣传部");
    }

    @Test
    void theDirectoryListsContactsUnderTheAgencyTheirOrganisationNames() throws IOException {
        Document directory = page("contacts/");

        assertThat(section(directory, "agency-big-kjj").select(".contact-name").eachText()).containsExactly("王晶晶（科长）");
        assertThat(section(directory, "agency-small-kx").select(".contact-name").eachText()).containsExactly("李泽宇");
        assertThat(section(directory, "agency-idle-xcb").select(".contact")).isEmpty();
    }

    @Test
    void theDirectoryIsTheNavigationsContactEntry() throws IOException {
        assertThat(page("contacts/").selectFirst(".site-nav a[aria-current=page]").text()).isEqualTo("联系我们");
    }

    @Test
    void anAgencyPageShowsItsDetails() throws IOException {
        Element details = page("agencies/big-kjj/").selectFirst(".agency-details");

        assertThat(details.select("dd").eachText())
                .containsExactly("某省某市大县", "大县人民路1号", "0955-8812005", "kjj@example.gov.cn", "https://kjj.example.gov.cn");
        assertThat(details.selectFirst("a[href^=tel:]").attr("href")).isEqualTo("tel:+86-955-8812005");
    }

    @Test
    void anAgencyPageListsItsDocumentsNewestFirstInPages() throws IOException {
        Document first = page("agencies/big-kjj/");
        Document last = page("agencies/big-kjj/page/3/");

        assertThat(first.select(".doc-list > li")).hasSize(20);
        assertThat(first.selectFirst(".doc-list-title").text()).isEqualTo("例行通知45");
        assertThat(last.select(".doc-list > li")).hasSize(ROUTINE_NOTICES - 40);
        assertThat(last.select(".doc-list-title").last().text()).isEqualTo("例行通知1");
        assertThat(out.resolve("agencies/big-kjj/page/4")).doesNotExist();
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/agencies/big-kjj/page/2/");
    }

    @Test
    void laterAgencyPagesAreTheListOnly() throws IOException {
        Document second = page("agencies/big-kjj/page/2/");

        assertThat(second.select(".agency-details, .contact")).isEmpty();
        assertThat(second.selectFirst("h1").text()).isEqualTo("大县科学技术局发布的文件（第2页）");
    }

    @Test
    void anAgencyWithActivitiesLinksItsCalendar() throws IOException {
        assertThat(page("agencies/small-kx/").select(".agency-links a").eachAttr("href"))
                .contains("/calendar/agencies/small-kx/");
        assertThat(page("agencies/big-kjj/").select("a[href^=/calendar/]")).isEmpty();
    }

    @Test
    void anAgencyWithNothingToCallSaysSo() throws IOException {
        Document idle = page("agencies/idle-xcb/");

        assertThat(idle.selectFirst(".agency-contact .empty").text()).startsWith("本机构未公布");
        assertThat(idle.select(".doc-list")).isEmpty();
        assertThat(idle.selectFirst(".empty").text()).isNotEmpty();
    }

    // ---- vCards

    @Test
    void everyCardLinkOnEveryPageLeadsToACardThatReadsBack() throws IOException {
        List<String> links = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path html : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                links.addAll(Jsoup.parse(html.toFile(), "UTF-8").select("a[href$=.vcf]").eachAttr("href"));
            }
        }

        assertThat(links).contains("/contacts/big-kjj-wang.vcf", "/agencies/big-kjj.vcf");
        for (String link : links.stream().distinct().toList()) {
            VCard card = Ezvcard.parse(Files.readString(target(link), StandardCharsets.UTF_8)).first();
            assertThat(card).as(link).isNotNull();
            assertThat(card.getFormattedName().getValue()).as(link).isNotBlank();
            assertThat(card.getUid().getValue()).as(link).startsWith("urn:uuid:");
        }
    }

    @Test
    void aSharedContactsCardHasItsNumbersTypedAndItsAgencyPage() throws IOException {
        VCard card = Ezvcard.parse(Files.readString(out.resolve("contacts/big-kjj-wang.vcf"))).first();

        assertThat(card.getTelephoneNumbers()).extracting(t -> t.getUri().toString())
                .containsExactly("tel:+86-955-8812005", "tel:+86-15121892999", "tel:+86-955-8812012");
        assertThat(card.getTitles().get(0).getValue()).isEqualTo("科长");
        assertThat(card.getOrganization().getValues()).containsExactly("大县科技局办公室");
        assertThat(card.getUrls().get(0).getValue()).isEqualTo("https://example.gov.cn/agencies/big-kjj/");
    }

    @Test
    void anInlineContactHasACardToo() {
        Contact li = new Contact(null, "李泽宇", "小县科协宣传部", null, List.of(), List.of("18235928498"), List.of(), null, null);

        assertThat(out.resolve(ContactCards.personPath(li))).isRegularFile();
    }

    @Test
    void anAgencyWithNothingToPutOnACardHasNone() throws IOException {
        assertThat(out.resolve("agencies/small-kx.vcf")).doesNotExist();
        assertThat(page("agencies/small-kx/").select(".agency-links a[href$=.vcf]")).isEmpty();
    }

    // ---- attachments on the document page

    static Element attachment(String title) throws IOException {
        for (Element item : page(BUNDLE.substring("content/".length())).select("#attachments ~ ol > li.attachment")) {
            if (item.selectFirst(".attachment-title a").text().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no attachment " + title);
    }

    @Test
    void aChineseFileNameWithSpacesIsPercentEncodedAndResolvesToTheFile() throws IOException {
        String href = attachment("附件1：统计表").selectFirst("a").attr("href");

        assertThat(href).isEqualTo("/notices/2022/sci-week/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
        assertThat(target(href)).isRegularFile();
    }

    @Test
    void theDownloadedFileIsByteIdenticalToTheCommittedOne() throws IOException {
        for (String title : List.of("附件1：统计表", "附件2：通知原文")) {
            String href = attachment(title).selectFirst("a").attr("href");
            String name = title.startsWith("附件1") ? XLSX_NAME : PDF_NAME;

            assertThat(Files.readAllBytes(target(href))).as(title).isEqualTo(Files.readAllBytes(site.path(BUNDLE + name)));
        }
    }

    @Test
    void aPdfShowsItsFormatPagesAndSize() throws IOException {
        long size = Files.size(site.path(BUNDLE + PDF_NAME));

        assertThat(attachment("附件2：通知原文").selectFirst("p.attachment-meta").text())
                .isEqualTo("PDF 文档（PDF），3 页，" + org.gazette.format.FileFormats.size(size));
        assertThat(attachment("附件2：通知原文").select(".badge-original")).hasSize(1);
    }

    @Test
    void theChecksumIsTheSha256OfTheFile() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(site.path(BUNDLE + XLSX_NAME))));

        assertThat(attachment("附件1：统计表").selectFirst("details code").text()).isEqualTo(expected);
    }

    @Test
    void aTableAttachmentIsOfferedAsSpreadsheetsWithTheSameCells() throws IOException {
        List<String> links = attachment("开展情况统计表").select(".attachment-downloads a").eachAttr("href");
        assertThat(links).hasSize(2);

        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(target(links.get(0))))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("科普活动");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("3");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("开放场馆数量");
        }
        String csv = Files.readString(target(links.get(1)), StandardCharsets.UTF_8);
        // commons-csv quotes an empty first field, as Excel does; it reads back as empty.
        assertThat(csv).isEqualTo("\uFEFF类别,项目,数量\r\n科普活动,举办次数,3\r\n\"\",参与人数,\r\n开放场馆数量,,\r\n");
    }

    @Test
    void theTableLinkPointsAtTheTableInThePage() throws IOException {
        Document page = page("notices/2022/sci-week/");
        String href = attachment("开展情况统计表").selectFirst(".attachment-title a").attr("href");

        assertThat(page.getElementById(href.substring(1)).tagName()).isEqualTo("table");
    }

    @Test
    void aFileTheBodyLinksIsPublishedToo() throws IOException {
        String href = page("notices/2022/sci-week/").selectFirst(".document-body a:contains(填表说明)").attr("href");

        assertThat(out.resolve("notices/2022/sci-week").resolve(UrlPaths.decode(href))).hasContent("填表说明");
    }

    @Test
    void onlyDeclaredLinkedAndGeneratedFilesArePublishedBesideThePage() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("notices/2022/sci-week"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.html", XLSX_NAME,
                    PDF_NAME, "说明 文本.txt", "开展情况统计表.xlsx", "开展情况统计表.csv", "calendar.ics");
        }
    }

    // ---- 附件汇总

    @Test
    void theAttachmentIndexListsEveryDocumentWithAttachmentsInPages() throws IOException {
        Document first = page("attachments/");
        Document last = page("attachments/page/3/");

        assertThat(first.select(".attachment-index > li")).hasSize(20);
        assertThat(first.selectFirst(".attachment-index-doc").text()).isEqualTo("关于开展2022年科技活动周的通知");
        assertThat(last.select(".attachment-index > li")).hasSize(ROUTINE_NOTICES + 1 - 40);
        assertThat(first.selectFirst(".lead").text()).contains("共 48 个");
    }

    @Test
    void theAttachmentIndexLinksEachFileAndTable() throws IOException {
        Element entry = page("attachments/").selectFirst(".attachment-index > li");
        List<String> links = entry.select(".attachment-list a").eachAttr("href");

        assertThat(links).contains("/notices/2022/sci-week/#table-1");
        for (String link : links.stream().filter(l -> !l.contains("#")).toList()) {
            assertThat(target(link)).as(link).isRegularFile();
        }
        assertThat(entry.select("p.attachment-meta").eachText()).contains("Excel 电子表格（XLSX），"
                + org.gazette.format.FileFormats.size(Files.size(site.path(BUNDLE + XLSX_NAME))));
    }

    // ---- every build the same

    @Test
    void aSecondBuildWritesTheSameBytes() throws Exception {
        Path again = folder.resolve("again");
        site.build(again);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path twin = again.resolve(out.relativize(file).toString());
            assertThat(Files.readAllBytes(twin)).as(out.relativize(file).toString()).isEqualTo(Files.readAllBytes(file));
        }
    }
}
