package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
import org.gazette.testing.TestSite;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of the whole content model, over a generated table: every field of the front matter
 * and of every data file, given each kind of YAML value (null, empty, text, number, boolean, date,
 * list, map, very long text, control characters, look-alike Unicode), is either accepted or
 * reported as problems that name the file, a line and a field. Never an exception.
 *
 * <p>Each combination is read by the readers first (a few milliseconds). A value they accept of a
 * kind that stresses outputs ({@link #FOLLOWED}) is then checked through the whole build without writing ({@code check}), so it is followed through
 * the index, the page planner and every template; so is a blank value of every data field, since
 * the build goes on planning pages after a data mistake (a blank contact name once crashed it). A
 * value a reader rejects otherwise stops there, and the whole build would add nothing but time.
 * The site is one notice that uses every field.
 */
class ContentModelPropertyTest {

    /**
     * The kinds whose accepted values are followed through the whole build: the ones that stress
     * templates and outputs. Text, dates, booleans, lists and maps an accepted field takes are the
     * values the other tests build with.
     */
    static final List<String> FOLLOWED = List.of("very long", "control characters", "look-alike", "number", "empty");

    /** The YAML kinds, as written after {@code key: }. */
    static final Map<String, String> KINDS = kinds();

    static final String NOTICE = "content/notices/a/index.md";

    /** Every field of a notice, in order, with a valid value; nested items are one per list. */
    static final List<String[]> FRONT_MATTER = List.of(
            f("title", "通知"), f("date", "2022-05-24"), f("agencies", "[kjj, kx]"), f("type", "notice"),
            f("status", "published"), f("written", "2022-05-20"), f("updated", "2022-05-30"), f("doc_number", "某科发〔2022〕1号"),
            f("index_number", "000/2022-00001"), f("campaign", "sci-week-2022"), f("themes", "[走进科技，你我同行]"),
            f("topics", "[科普]"), f("keywords", "[科技活动周]"), f("validity", "valid"), f("valid_until", "2022-12-31"), f("summary", "摘要"),
            f("schedule", null), f("schedule[1].title", "启动仪式"), f("schedule[1].start", "2022-05-25 09:00"),
            f("schedule[1].end", "2022-05-25 11:00"), f("schedule[1].when", "5月25日上午"),
            f("schedule[1].location", "广场"), f("schedule[1].organizers", "[kjj, 某中学]"),
            f("schedule[1].participants", "[市民]"), f("schedule[1].description", "说明"),
            f("deadlines", null), f("deadlines[1].title", "报送总结"), f("deadlines[1].due", "2022-06-14"),
            f("deadlines[1].submit_to", "科普科"), f("deadlines[1].materials", "[总结]"),
            f("contacts", null), f("contacts[1].ref", "wang"), f("contacts[2].name", "李四"), f("contacts[2].org", "科协"),
            f("contacts[2].role", "干事"), f("contacts[2].phone", "\"0955-8812006\""), f("contacts[2].mobile", "\"13800000000\""),
            f("contacts[2].fax", "\"0955-8812007\""), f("contacts[2].email", "li@example.cn"), f("contacts[2].address", "某路1号"),
            f("attachments", null), f("attachments[1].title", "报名表"), f("attachments[1].file", "报名表.docx"),
            f("attachments[1].description", "说明"), f("attachments[1].original", "false"),
            f("attachments[2].title", "原网站"), f("attachments[2].url", "https://www.example.cn/a.html"),
            f("attachments[3].title", "统计表"), f("attachments[3].table", "true"));

    /** Every field of every data file, as {@code file}, {@code entry} (or null at the top), field, value. */
    static final List<String[]> DATA = List.of(
            d("site.yaml", null, "title", "测试网站"), d("site.yaml", null, "publisher", "某县科学技术局"),
            d("site.yaml", null, "base_url", "https://kjj.example.gov.cn"), d("site.yaml", null, "language", "zh-CN"),
            d("site.yaml", null, "timezone", "Asia/Shanghai"), d("site.yaml", null, "site_code", "1234567890"),
            d("site.yaml", null, "icp", "京ICP备00000000号"), d("site.yaml", null, "police_record", "京公网安备00000000000000号"),
            d("site.yaml", null, "navigation", "[{title: 通知, url: /notices/}]"), d("site.yaml", null, "description", "简介"),
            d("site.yaml", null, "conac_id", "0D48A84D75CF6974E053012819AC263F"), d("site.yaml", null, "report_errors", "false"),
            d("site.yaml", null, "interaction", "/contacts/"), d("site.yaml", null, "annual_report", "https://www.example.gov.cn/ndbb/"),
            d("site.yaml", null, "topics", "[科普]"),
            d("site.yaml", null, "publisher_contact", "{address: 某路1号, phone: \"0955-8812000\", postcode: \"751100\"}"),
            d("site.yaml", null, "operator", "{name: 某县信息中心, phone: \"0955-8812001\"}"),
            d("agencies.yaml", "kjj", "name", "某县科学技术局"), d("agencies.yaml", "kjj", "short_name", "县科技局"),
            d("agencies.yaml", "kjj", "region", "某县"), d("agencies.yaml", "kjj", "address", "某路1号"),
            d("agencies.yaml", "kjj", "phone", "\"0955-8812005\""), d("agencies.yaml", "kjj", "email", "kjj@example.cn"),
            d("agencies.yaml", "kjj", "website", "https://kjj.example.gov.cn"),
            d("campaigns.yaml", "sci-week-2022", "name", "2022年全国科技活动周"),
            d("campaigns.yaml", "sci-week-2022", "series", "科技活动周"), d("campaigns.yaml", "sci-week-2022", "year", "2022"),
            d("campaigns.yaml", "sci-week-2022", "themes", "[走进科技，你我同行]"),
            d("campaigns.yaml", "sci-week-2022", "start", "2022-05-21"), d("campaigns.yaml", "sci-week-2022", "end", "2022-05-28"),
            d("campaigns.yaml", "sci-week-2022", "when", "5月下旬"),
            d("contacts.yaml", "wang", "name", "王晶晶"), d("contacts.yaml", "wang", "org", "某县科学技术局"),
            d("contacts.yaml", "wang", "role", "科员"), d("contacts.yaml", "wang", "phone", "\"0955-8812005\""),
            d("contacts.yaml", "wang", "mobile", "\"13900000000\""), d("contacts.yaml", "wang", "fax", "\"0955-8812008\""),
            d("contacts.yaml", "wang", "email", "wang@example.cn"), d("contacts.yaml", "wang", "address", "某路1号"));

    @TempDir
    static Path folder;

    static TestSite site;

    @BeforeAll
    static void createSite() throws IOException {
        site = TestSite.in(folder.resolve("site"));
        site.write("content/notices/a/报名表.docx", TestSite.OFFICE_FILE);
    }

    @TestFactory
    Stream<DynamicTest> everyFrontMatterFieldTakesEveryKindOfValueWithoutAnException() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] field : FRONT_MATTER) {
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                tests.add(dynamicTest(field[0] + " = " + kind.getKey(), () -> {
                    writeData(null, null, null, null);
                    site.write(NOTICE, notice(field[0], kind.getValue()));
                    List<Problem> read = site.read(NOTICE).problems();
                    assertLocated(read, NOTICE);
                    if (read.isEmpty() && FOLLOWED.contains(kind.getKey())) {
                        checkReportsOnlyLocatedProblems(NOTICE);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyDataFieldTakesEveryKindOfValueWithoutAnException() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] field : DATA) {
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                tests.add(dynamicTest(field[0] + " " + field[2] + " = " + kind.getKey(), () -> {
                    writeData(field[0], field[1], field[2], kind.getValue());
                    // The site's 主题分类 list rules the notice's topics; the notice leaves them out here, so
                    // that a problem can only come from the data file under test.
                    boolean classification = field[0].equals("site.yaml") && field[2].equals("topics");
                    site.write(NOTICE, classification ? notice(null, null).replace("topics: [科普]\n", "") : notice(null, null));
                    List<Problem> read = site.readData().problems();
                    assertLocated(read, "data/" + field[0]);
                    if (read.isEmpty() && FOLLOWED.contains(kind.getKey()) || kind.getKey().equals("null")) {
                        checkReportsOnlyLocatedProblems("data/" + field[0]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The check ends in success or in problems of {@code file}, each with a line and a field (or a YAML syntax message). */
    private static void checkReportsOnlyLocatedProblems(String file) throws IOException {
        try {
            new SiteBuilder().build(BuildOptions.check(site.root()).on(LocalDate.of(2022, 5, 24)));
        } catch (BuildFailedException e) {
            assertThat(e.problems()).isNotEmpty();
            assertLocated(e.problems(), file);
        }
    }

    private static void assertLocated(List<Problem> problems, String file) {
        for (Problem problem : problems) {
            assertThat(problem.file()).as("file of %s", problem).isEqualTo(file);
            assertThat(problem.line()).as("line of %s", problem).isPositive();
            assertThat(problem.field() != null || problem.message().contains("列"))
                    .as("field (or YAML position) of %s", problem).isTrue();
        }
    }

    /** The notice with every field, {@code replaced} given {@code value} instead of its own. */
    private static String notice(String replaced, String value) {
        StringBuilder out = new StringBuilder("---\n");
        for (String[] field : FRONT_MATTER) {
            String path = field[0];
            int dot = path.indexOf('.');
            String text = path.equals(replaced) ? value : field[1];
            if (dot < 0) {
                out.append(path).append(':');
                if (text != null) {
                    out.append(' ').append(text);
                }
                out.append('\n');
            } else {
                boolean first = FRONT_MATTER.stream().filter(f -> f[0].startsWith(path.substring(0, dot + 1)))
                        .findFirst().orElseThrow()[0].equals(path);
                out.append(first ? "  - " : "    ").append(path.substring(dot + 1)).append(": ").append(text).append('\n');
            }
        }
        return out.append("---\n\n正文。\n\n## 附件 统计表\n\n| 单位 | 场次 |\n|---|---|\n| 某县 | 3 |\n").toString();
    }

    /** Writes the data files, {@code field} of {@code entry} in {@code file} given {@code value}. */
    private static void writeData(String file, String entry, String field, String value) throws IOException {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (String[] d : DATA) {
            StringBuilder text = files.computeIfAbsent(d[0], k -> new StringBuilder());
            if (d[1] != null && text.indexOf(d[1] + ":\n") < 0) {
                text.append(d[1]).append(":\n");
            }
            String v = d[0].equals(file) && d[2].equals(field) ? value : d[3];
            text.append(d[1] == null ? "" : "  ").append(d[2]).append(':').append(v.isEmpty() ? "" : " " + v).append('\n');
        }
        files.get("agencies.yaml").append("kx:\n  name: 某县科学技术协会\n");
        for (Map.Entry<String, StringBuilder> data : files.entrySet()) {
            site.write("data/" + data.getKey(), data.getValue().toString());
        }
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("null", "~");
        kinds.put("empty", "");
        kinds.put("string", "文字");
        kinds.put("number", "42");
        kinds.put("boolean", "true");
        kinds.put("date", "2022-05-24");
        kinds.put("list", "[甲, 乙]");
        kinds.put("map", "{a: 1}");
        kinds.put("very long", "字".repeat(20_000));
        kinds.put("control characters", "a\u000Bb\u0000c\u007F\uFFFE");
        kinds.put("look-alike", "ｋｊｊ\u200B");
        return kinds;
    }

    private static String[] f(String path, String value) {
        return new String[] {path, value};
    }

    private static String[] d(String file, String entry, String field, String value) {
        return new String[] {file, entry, field, value};
    }
}
