import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Generates a synthetic Gazette site of N notices and plans for the benchmark, run as a single-file
 * program with the JDK alone: {@code java bench/GenerateCorpus.java N DIR}.
 *
 * <p>The corpus looks like a real county bureau's archive so the build does its real work: Chinese
 * bodies of 3–8 KB with headings, lists, tables and links to bundle files and to other documents;
 * schedules with fuzzy {@code when} wording, timed and multi-day items; deadlines; inline and shared
 * contacts with the phone forms editors type; joint issuance; campaign editions; drafts; bundles with
 * small but valid PDF, XLSX, DOCX and PNG files, some with Chinese names containing spaces; a few
 * files with a BOM or CRLF line endings. It is free of mistakes ({@code gazette check} passes), so
 * the benchmark measures publishing, not error reporting.
 *
 * <p>The output depends only on N: document {@code i} is the same in every corpus that contains it,
 * so a corpus of 1,000 is the first 1,000 documents of a corpus of 10,000.
 */
public final class GenerateCorpus {

    private static final long SEED = 20220524L;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 10;
    /** Zip entries carry this time so XLSX and DOCX files are byte-identical on every run. */
    private static final long ZIP_TIME = LocalDate.of(2022, 5, 24).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].matches("\\d{1,7}")) {
            System.err.println("usage: java bench/GenerateCorpus.java N DIR   (N documents into DIR/content and DIR/data)");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        if (Files.exists(dir.resolve("content")) || Files.exists(dir.resolve("data"))) {
            System.err.println(dir + " already has content/ or data/; give a fresh folder");
            System.exit(2);
        }
        long started = System.nanoTime();
        Corpus corpus = new Corpus(dir);
        corpus.writeData();
        int[] kinds = corpus.writeDocuments(count);
        System.out.printf(Locale.ROOT, "generated %d documents (%d notices, %d plans, %d drafts, %d bundles, %d files) in %.1f s -> %s%n",
                count, kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], (System.nanoTime() - started) / 1e9, dir);
    }

    // ---------------------------------------------------------------------------------------------
    // The world the documents talk about: regions, their agencies, campaign series and editions.

    /** A county, district or city whose bureaus publish. */
    record Region(String id, String name, String place, String areaCode, int localDigits, String abbreviation,
                  String street) {
        String phone(SplittableRandom random) {
            StringBuilder number = new StringBuilder().append(2 + random.nextInt(7));
            while (number.length() < localDigits) {
                number.append(random.nextInt(10));
            }
            return areaCode + "-" + number;
        }
    }

    static final List<Region> REGIONS = List.of(
            new Region("linyi", "临猗县", "山西省运城市", "0359", 7, "临", "临猗县城关大街"),
            new Region("shapotou", "沙坡头区", "宁夏回族自治区中卫市", "0955", 7, "卫沙", "中卫市沙坡头区鼓楼西街"),
            new Region("xinxiang", "新乡市", "河南省", "0373", 7, "新", "新乡市人民路"),
            new Region("pingluo", "平罗县", "宁夏回族自治区石嘴山市", "0952", 7, "平", "平罗县鼓楼南街"),
            new Region("jiangning", "江宁区", "江苏省南京市", "025", 8, "宁江", "南京市江宁区上元大街"),
            new Region("haidian", "海淀区", "北京市", "010", 8, "海", "北京市海淀区长春桥路"),
            new Region("wuhou", "武侯区", "四川省成都市", "028", 8, "武", "成都市武侯区武侯祠大街"),
            new Region("yuhang", "余杭区", "浙江省杭州市", "0571", 8, "余", "杭州市余杭区临平大道"),
            new Region("shouguang", "寿光市", "山东省潍坊市", "0536", 7, "寿", "寿光市圣城街"),
            new Region("liuyang", "浏阳市", "湖南省长沙市", "0731", 8, "浏", "浏阳市金沙路"),
            new Region("dali", "大理市", "云南省大理白族自治州", "0872", 7, "大", "大理市下关镇苍山路"),
            new Region("huaining", "怀宁县", "安徽省安庆市", "0556", 7, "怀", "怀宁县高河镇独秀大道"));

    /** The kinds of issuing body every region has; a document is issued by one or several of them. */
    record Bureau(String suffix, String namePattern, String shortPattern, String docCode, String office) {
        String name(Region r) {
            return namePattern.formatted(r.name());
        }
    }

    static final List<Bureau> BUREAUS = List.of(
            new Bureau("kjj", "%s科学技术局", "%s科技局", "科发", "科普科"),
            new Bureau("xcb", "中共%s委宣传部", "%s委宣传部", "宣发", "宣传科"),
            new Bureau("kx", "%s科学技术协会", "%s科协", "科协发", "科普部"),
            new Bureau("jyj", "%s教育局", "%s教育局", "教发", "基础教育科"));

    /** A campaign series such as 科技活动周, held every year around the same days. */
    record Series(String id, String name, int month, int day, int days, int since, String bodyTerm) {
        LocalDate start(int year) {
            return LocalDate.of(year, month, day);
        }

        LocalDate end(int year) {
            return start(year).plusDays(days - 1L);
        }
    }

    static final List<Series> SERIES = List.of(
            new Series("sci-week", "科技活动周", 5, 18, 8, 2001, "科技活动周"),
            new Series("sci-worker-day", "全国科技工作者日", 5, 30, 1, 2017, "“全国科技工作者日”"),
            new Series("popsci-day", "全国科普日", 9, 15, 7, 2003, "全国科普日"),
            new Series("three-rural", "科技下乡活动", 1, 20, 20, 1997, "文化科技卫生“三下乡”"));

    static final String[][] THEMES = {
            // sci-week, sci-worker-day, popsci-day, three-rural; one row per year from FIRST_YEAR
            {"创新创业 科技惠民", "创新争先", "创新放飞梦想 科学引领未来", "科技惠农 服务三农"},
            {"创新引领 共享发展", "创新争先", "创新驱动发展 科技引领生活", "科技惠农 服务三农"},
            {"科技强国 创新圆梦", "创新争先 建功立业", "创新驱动发展 科技引领生活", "科技助力脱贫攻坚"},
            {"科技创新 强国富民", "创新争先 奋进有我", "创新引领 共享未来", "科技助力乡村振兴"},
            {"科技强国 科普惠民", "创新争先 爱国奋斗", "礼赞共和国 智慧新生活", "科技助力乡村振兴"},
            {"科技战疫 创新强国", "创新争先 战疫有我", "决胜全面小康 礼赞最美科技工作者", "科技助力决战决胜"},
            {"百年回望：中国共产党领导科技发展", "创新争先、自立自强", "百年再出发 迈向科技强国", "科技助力乡村振兴"},
            {"走进科技，你我同行", "创新争先、自立自强", "喜迎二十大 科普新征程", "科技助力乡村振兴"},
            {"热爱科学 崇尚科学", "科技报国 创新争先", "提升全民科学素质 助力科技自立自强", "科技赋能乡村振兴"},
            {"科技创新 引领未来", "科技报国 创新争先", "提升全民科学素质 协力建设科技强国", "科技赋能乡村振兴"},
    };

    static String theme(Series series, int year) {
        return THEMES[year - FIRST_YEAR][SERIES.indexOf(series)];
    }

    static boolean held(Series series, int year) {
        return year >= series.since();
    }

    /** Regions that run their own edition of a series in a year, besides the national one. */
    static List<Region> regionalEditions(Series series, int year) {
        List<Region> regions = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            regions.add(REGIONS.get((year * 5 + SERIES.indexOf(series) * 3 + k * 4) % REGIONS.size()));
        }
        return regions;
    }

    static String editionId(Series series, int year, Region region) {
        return series.id() + "-" + year + (region == null ? "" : "-" + region.id());
    }

    static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯邓曹彭".split("");
    static final String[] GIVEN_NAMES = {"晓鸽", "泽宇", "敏", "晶晶", "洁", "兵", "柯", "长汀", "海燕", "建国", "丽", "伟",
            "磊", "静", "芳", "涛", "鹏", "雪梅", "志强", "红霞", "文博", "思远", "佳怡", "子涵", "国栋", "春花"};

    // ---------------------------------------------------------------------------------------------

    /** Writes the data files and the documents of one corpus. */
    static final class Corpus {
        private final Path root;
        private final Attachments files = new Attachments();

        Corpus(Path root) {
            this.root = root;
        }

        void writeData() throws IOException {
            Path data = Files.createDirectories(root.resolve("data"));
            write(data.resolve("site.yaml"), siteYaml());
            write(data.resolve("agencies.yaml"), agenciesYaml());
            write(data.resolve("campaigns.yaml"), campaignsYaml());
            write(data.resolve("contacts.yaml"), contactsYaml());
        }

        private static void write(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        /** Writes documents 0..count-1 on every core; returns notices, plans, drafts, bundles, files. */
        int[] writeDocuments(int count) {
            AtomicInteger[] tally = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                    new AtomicInteger()};
            IntStream.range(0, count).parallel().forEach(i -> {
                DocumentPlan plan = DocumentPlan.of(i);
                tally[plan.plan() ? 1 : 0].incrementAndGet();
                if (plan.draft()) {
                    tally[2].incrementAndGet();
                }
                if (plan.bundle()) {
                    tally[3].incrementAndGet();
                }
                tally[4].addAndGet(new DocumentWriter(plan, files).write(root));
            });
            return new int[] {tally[0].get(), tally[1].get(), tally[2].get(), tally[3].get(), tally[4].get()};
        }

        private static String siteYaml() {
            return """
                    # 基准测试站点（bench/GenerateCorpus.java 生成）。备案号、标识码均为示例值。
                    title: 科技活动周信息发布平台（基准测试）
                    publisher: Gazette 基准测试站点
                    base_url: https://bench.example.gov.cn
                    language: zh-CN
                    timezone: Asia/Shanghai
                    site_code: "0000000000"
                    icp: 京ICP备00000000号-0
                    police_record: 京公网安备00000000000000号
                    navigation:
                      - title: 首页
                        url: /
                      - title: 通知公告
                        url: /notices/
                      - title: 实施方案
                        url: /plans/
                      - title: 关于本站
                        url: /about/
                    """;
        }

        private static String agenciesYaml() {
            StringBuilder y = new StringBuilder("# 发布机构（基准测试生成）。\n");
            for (Region r : REGIONS) {
                SplittableRandom random = new SplittableRandom(SEED ^ r.id().hashCode());
                for (Bureau b : BUREAUS) {
                    y.append('\n').append(r.id()).append('-').append(b.suffix()).append(":\n");
                    y.append("  name: ").append(b.name(r)).append('\n');
                    y.append("  short_name: ").append(b.shortPattern().formatted(r.name())).append('\n');
                    y.append("  region: ").append(r.place()).append(r.name()).append('\n');
                    y.append("  address: ").append(r.street()).append(10 + random.nextInt(300)).append("号\n");
                    y.append("  phone: \"").append(r.phone(random)).append("\"\n");
                    y.append("  email: ").append(r.id()).append(b.suffix()).append("@163.com\n");
                }
            }
            return y.toString();
        }

        private static String campaignsYaml() {
            StringBuilder y = new StringBuilder("# 活动系列及各届（基准测试生成）：每个系列每年一届全国活动，另有三个地区自办的一届。\n");
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (Series s : SERIES) {
                    if (!held(s, year)) {
                        continue;
                    }
                    List<Region> editions = new ArrayList<>();
                    editions.add(null);
                    editions.addAll(regionalEditions(s, year));
                    for (Region r : editions) {
                        y.append('\n').append(editionId(s, year, r)).append(":\n");
                        y.append("  name: ").append(year).append("年").append(r == null ? "全国" : r.name()).append(s.name()).append('\n');
                        y.append("  series: ").append(s.name()).append('\n');
                        y.append("  year: ").append(year).append('\n');
                        y.append("  themes:\n    - ").append(Yaml.scalar(theme(s, year))).append('\n');
                        y.append("  start: ").append(s.start(year)).append('\n');
                        y.append("  end: ").append(s.end(year)).append('\n');
                        y.append("  when: ").append(Words.span(s.start(year), s.end(year))).append('\n');
                    }
                }
            }
            return y.toString();
        }

        private static String contactsYaml() {
            StringBuilder y = new StringBuilder("# 可复用的联系人（基准测试生成），文档以 - ref: <id> 引用。\n");
            for (Region r : REGIONS) {
                for (int k = 0; k < SharedContact.PER_REGION; k++) {
                    SharedContact c = SharedContact.of(r, k);
                    y.append('\n').append(c.id()).append(":\n");
                    y.append("  name: ").append(c.name()).append('\n');
                    y.append("  org: ").append(c.org()).append('\n');
                    y.append("  phone: \"").append(c.phone()).append("\"\n");
                    y.append("  email: ").append(c.email()).append('\n');
                }
            }
            return y.toString();
        }
    }

    /** A contact kept in {@code data/contacts.yaml}, shared by many documents of a region. */
    record SharedContact(String id, String name, String org, String phone, String email) {
        static final int PER_REGION = 3;

        static SharedContact of(Region r, int k) {
            SplittableRandom random = new SplittableRandom(SEED * 31 + r.id().hashCode() * 7L + k);
            Bureau b = BUREAUS.get(k % BUREAUS.size());
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            return new SharedContact(r.id() + "-" + b.suffix() + "-c" + (k + 1), name, b.name(r) + b.office(),
                    r.phone(random), r.id() + "-" + b.suffix() + "-office@163.com");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * What a document is, decided from its number alone so any document can name another one (to
     * link to it) without generating it: kind, year, region, series, form, draft or not, title.
     */
    record DocumentPlan(int index, boolean plan, int year, Region region, Series series, boolean bundle, boolean draft,
                        int agencyCount) {

        static DocumentPlan of(int i) {
            SplittableRandom r = new SplittableRandom(SEED + 0x9E3779B97F4A7C15L * (i + 1));
            boolean plan = r.nextInt(100) < 30;
            int year = FIRST_YEAR + i % YEARS;
            Region region = REGIONS.get(r.nextInt(REGIONS.size()));
            Series series = SERIES.get(r.nextInt(SERIES.size()));
            if (!held(series, year)) {
                series = SERIES.get(0);
            }
            boolean bundle = r.nextInt(100) < 45;
            boolean draft = r.nextInt(100) < 2;
            int agencies = 1 + r.nextInt(3);
            return new DocumentPlan(i, plan, year, region, series, bundle, draft, agencies);
        }

        String folder() {
            return (plan ? "plans/" : "notices/") + year + "/";
        }

        String slug() {
            return series.id() + "-" + region.id() + "-" + String.format(Locale.ROOT, "%06d", index);
        }

        /** The document's Markdown file, relative to {@code content/}. */
        String file() {
            return folder() + slug() + (bundle ? "/index.md" : ".md");
        }

        String title() {
            String edition = year + "年" + region.name() + series.name();
            if (plan) {
                return edition + "实施方案";
            }
            return switch (index % 4) {
                case 0 -> "关于开展" + edition + "的通知";
                case 1 -> "关于举办" + edition + "系列活动的通知";
                case 2 -> "关于做好" + edition + "有关工作的通知";
                default -> "关于报送" + edition + "活动总结的通知";
            };
        }

        List<String> agencyIds() {
            List<String> ids = new ArrayList<>();
            int lead = index % 2 == 0 ? 0 : 2; // 科技局 or 科协 leads
            for (int k = 0; k < agencyCount; k++) {
                ids.add(region.id() + "-" + BUREAUS.get((lead + k) % BUREAUS.size()).suffix());
            }
            return ids;
        }
    }

    /** Writes one document: its Markdown file and, for a bundle, its attachment files. */
    static final class DocumentWriter {
        private final DocumentPlan d;
        private final Attachments files;
        private final Random random;
        private final LocalDate campaignStart;
        private final LocalDate campaignEnd;
        private final LocalDate date;
        private final String theme;

        DocumentWriter(DocumentPlan plan, Attachments files) {
            this.d = plan;
            this.files = files;
            this.random = new Random(SEED * 1_000_003L + plan.index());
            this.campaignStart = plan.series().start(plan.year());
            this.campaignEnd = plan.series().end(plan.year());
            this.date = campaignStart.minusDays(3 + random.nextInt(16));
            this.theme = theme(plan.series(), plan.year());
        }

        /** Writes the document; returns how many attachment files it wrote. */
        int write(Path siteRoot) {
            Path file = siteRoot.resolve("content").resolve(d.file());
            List<BundleFile> bundleFiles = d.bundle() ? bundleFiles() : List.of();
            boolean withTable = !d.plan() && random.nextInt(100) < 20;
            String tableTitle = d.year() + "年" + d.series().name() + "开展情况统计表";
            String body = new BodyWriter(d, random, theme, campaignStart, campaignEnd, bundleFiles,
                    withTable ? tableTitle : null).body();
            StringBuilder text = new StringBuilder("---\n");
            frontMatter(text, bundleFiles, withTable ? tableTitle : null);
            text.append("---\n\n").append(body);
            String content = text.toString();
            int variant = random.nextInt(100);
            if (variant < 2) {
                content = content.replace("\n", "\r\n"); // saved on Windows
            } else if (variant < 3) {
                content = "\uFEFF" + content; // saved by Notepad with a BOM
            }
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
                for (BundleFile bundleFile : bundleFiles) {
                    Files.write(file.getParent().resolve(bundleFile.name()), files.bytes(bundleFile, d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bundleFiles.size();
        }

        private List<BundleFile> bundleFiles() {
            List<BundleFile> list = new ArrayList<>();
            String prefix = d.year() + "年" + d.series().name();
            int n = 1;
            if (random.nextInt(100) < 70) {
                list.add(new BundleFile("附件" + n++ + " " + prefix + "开展情况统计表.xlsx", "附件" + (n - 1) + "：" + prefix + "开展情况统计表", false, true));
            }
            if (random.nextInt(100) < 50) {
                list.add(new BundleFile("附件" + n++ + " 活动报名回执.docx", "附件" + (n - 1) + "：活动报名回执", false, true));
            }
            if (random.nextInt(100) < 35) {
                String code = d.region().id() + "-" + d.year() + "-" + d.index() + ".pdf";
                list.add(new BundleFile(code, "原文（盖章扫描件）", true, true));
            }
            if (random.nextInt(100) < 30) {
                list.add(new BundleFile("活动海报.png", prefix + "活动海报", false, false));
            }
            if (list.isEmpty()) {
                list.add(new BundleFile("附件1 " + prefix + "活动安排表.xlsx", "附件1：" + prefix + "活动安排表", false, true));
            }
            return list;
        }

        private void frontMatter(StringBuilder y, List<BundleFile> bundleFiles, String tableTitle) {
            y.append("title: ").append(Yaml.scalar(d.title())).append('\n');
            y.append("date: ").append(date).append('\n');
            if (d.draft()) {
                y.append("status: draft\n");
            }
            if (random.nextInt(100) < 70) {
                y.append("written: ").append(date.minusDays(random.nextInt(6))).append('\n');
            }
            List<String> agencies = d.agencyIds();
            if (agencies.size() == 1) {
                y.append("agencies: [").append(agencies.get(0)).append("]\n");
            } else {
                y.append("agencies:\n");
                agencies.forEach(a -> y.append("  - ").append(a).append('\n'));
            }
            if (!d.plan() && random.nextInt(100) < 85) {
                Bureau lead = BUREAUS.get(d.index() % 2 == 0 ? 0 : 2);
                y.append("doc_number: ").append(d.region().abbreviation()).append(lead.docCode()).append("〔").append(d.year())
                        .append("〕").append(1 + d.index() / YEARS % 97).append("号\n");
            }
            if (random.nextInt(100) < 50) {
                y.append("index_number: ").append(String.format(Locale.ROOT, "%09d/%d-%05d", 640_502_000 + REGIONS.indexOf(d.region()) * 10,
                        d.year(), d.index() / YEARS + 1)).append('\n');
            }
            List<String> campaigns = new ArrayList<>();
            campaigns.add(editionId(d.series(), d.year(), null));
            if (regionalEditions(d.series(), d.year()).contains(d.region())) {
                campaigns.add(editionId(d.series(), d.year(), d.region()));
            }
            if (d.series().id().equals("sci-week") && held(SERIES.get(1), d.year()) && random.nextInt(100) < 20) {
                campaigns.add(editionId(SERIES.get(1), d.year(), null)); // 科技活动周暨全国科技工作者日
            }
            if (campaigns.size() == 1) {
                y.append("campaign: ").append(campaigns.get(0)).append('\n');
            } else {
                y.append("campaign:\n");
                campaigns.forEach(c -> y.append("  - ").append(c).append('\n'));
            }
            y.append("themes:\n  - ").append(Yaml.scalar(theme)).append('\n');
            y.append("topics:\n  - ").append(d.series().name()).append("\n  - 科普\n");
            for (String topic : Words.pick(random, Words.TOPICS, random.nextInt(3))) {
                y.append("  - ").append(topic).append('\n');
            }
            int validity = random.nextInt(100);
            if (validity < 5) {
                y.append("validity: expired\n");
            } else if (validity < 6) {
                y.append("validity: repealed\n");
            } else if (validity < 10) {
                y.append("valid_until: ").append(campaignEnd.plusMonths(6)).append('\n');
            }
            y.append("summary: ").append(Yaml.scalar(d.region().name() + "于" + Words.span(campaignStart, campaignEnd) + "开展"
                    + d.year() + "年" + d.series().name() + "，主题“" + theme + "”；各单位按要求报送活动总结。")).append('\n');
            schedule(y);
            deadlines(y);
            contacts(y);
            attachments(y, bundleFiles, tableTitle);
        }

        private void schedule(StringBuilder y) {
            y.append("schedule:\n");
            int items = 1 + random.nextInt(8);
            List<String> agencies = d.agencyIds();
            y.append("  - title: ").append(Yaml.scalar(d.year() + "年" + d.region().name() + d.series().name())).append('\n');
            y.append("    start: ").append(campaignStart).append('\n');
            if (!campaignEnd.equals(campaignStart)) {
                y.append("    end: ").append(campaignEnd).append('\n');
            }
            y.append("    when: ").append(Yaml.scalar(Words.fuzzySpan(random, campaignStart, campaignEnd))).append('\n');
            y.append("    location: ").append(d.region().name()).append('\n');
            y.append("    organizers:\n");
            agencies.forEach(a -> y.append("      - ").append(a).append('\n'));
            y.append("    description: ").append(Yaml.scalar(Words.sentence(random, d, theme))).append('\n');
            for (int k = 1; k < items; k++) {
                String activity = Words.ACTIVITIES[random.nextInt(Words.ACTIVITIES.length)];
                y.append("  - title: ").append(Yaml.scalar(activity)).append('\n');
                int shape = random.nextInt(10);
                LocalDate day = campaignStart.plusDays(random.nextInt(Math.max(1, (int) ChronoUnit.DAYS.between(campaignStart, campaignEnd) + 1)));
                if (shape < 3) { // a timed event on one day
                    int hour = 8 + random.nextInt(8);
                    String start = String.format(Locale.ROOT, "%s %02d:%s", day, hour, random.nextBoolean() ? "00" : "30");
                    y.append("    start: ").append(start).append('\n');
                    if (random.nextBoolean()) {
                        y.append("    end: ").append(String.format(Locale.ROOT, "%s %02d:%s", day, hour + 2, "00")).append('\n');
                    }
                    if (random.nextInt(3) == 0) {
                        y.append("    when: ").append(Yaml.scalar(Words.dayWords(day) + (hour < 12 ? "上午" : "下午") + (hour > 12 ? hour - 12 : hour)
                                + ":" + start.substring(start.length() - 2) + "（参展单位提前一小时做好布展工作）")).append('\n');
                    }
                } else if (shape < 7) { // several days, fuzzy wording
                    LocalDate end = day.plusDays(1 + random.nextInt(10));
                    y.append("    start: ").append(day).append('\n');
                    y.append("    end: ").append(end).append('\n');
                    y.append("    when: ").append(Yaml.scalar(random.nextBoolean() ? d.series().name() + "期间" : Words.fuzzySpan(random, day, end))).append('\n');
                } else if (shape < 9) { // one day
                    y.append("    start: ").append(day).append('\n');
                } else { // all year long
                    y.append("    start: ").append(d.year()).append("-01-01\n");
                    y.append("    end: ").append(d.year()).append("-12-31\n");
                    y.append("    when: 贯穿全年\n");
                }
                if (random.nextInt(100) < 70) {
                    y.append("    location: ").append(Yaml.scalar(d.region().name() + Words.PLACES[random.nextInt(Words.PLACES.length)])).append('\n');
                }
                if (random.nextInt(100) < 70) {
                    y.append("    organizers:\n      - ").append(agencies.get(random.nextInt(agencies.size()))).append('\n');
                    if (random.nextBoolean()) {
                        y.append("      - ").append(Yaml.scalar(Words.PARTNERS[random.nextInt(Words.PARTNERS.length)])).append('\n');
                    }
                }
                if (random.nextInt(100) < 50) {
                    y.append("    participants: ").append(Yaml.scalar(Words.AUDIENCES[random.nextInt(Words.AUDIENCES.length)])).append('\n');
                }
                y.append("    description: ").append(Yaml.scalar(Words.sentence(random, d, theme))).append('\n');
            }
        }

        private void deadlines(StringBuilder y) {
            int count = random.nextInt(4);
            if (count == 0) {
                return;
            }
            y.append("deadlines:\n");
            for (int k = 0; k < count; k++) {
                LocalDate due = campaignEnd.plusDays(5 + random.nextInt(21));
                y.append("  - title: ").append(Yaml.scalar(Words.DEADLINES[random.nextInt(Words.DEADLINES.length)])).append('\n');
                y.append("    due: ").append(due).append(random.nextInt(4) == 0 ? " 17:00" : "").append('\n');
                Bureau b = BUREAUS.get(random.nextInt(BUREAUS.size()));
                y.append("    submit_to: ").append(random.nextBoolean() ? d.region().id() + b.suffix() + "@163.com"
                        : Yaml.scalar(b.name(d.region()) + b.office() + "（" + d.region().street() + (10 + random.nextInt(300)) + "号）")).append('\n');
                y.append("    materials:\n");
                for (String m : Words.pick(random, Words.MATERIALS, 2 + random.nextInt(4))) {
                    y.append("      - ").append(Yaml.scalar(m)).append('\n');
                }
            }
        }

        private void contacts(StringBuilder y) {
            y.append("contacts:\n");
            int count = 1 + random.nextInt(3);
            Set<Integer> refs = new LinkedHashSet<>();
            for (int k = 0; k < count; k++) {
                if (random.nextInt(100) < 40) {
                    int ref = random.nextInt(SharedContact.PER_REGION);
                    if (refs.add(ref)) {
                        y.append("  - ref: ").append(SharedContact.of(d.region(), ref).id()).append('\n');
                    }
                    continue;
                }
                Region r = d.region();
                Bureau b = BUREAUS.get(random.nextInt(BUREAUS.size()));
                y.append("  - name: ").append(SURNAMES[random.nextInt(SURNAMES.length)]).append(GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)]).append('\n');
                y.append("    org: ").append(b.name(r)).append(b.office()).append('\n');
                String landline = r.phone(new SplittableRandom(random.nextLong()));
                String local = landline.substring(landline.indexOf('-') + 1);
                String written = switch (random.nextInt(6)) {
                    case 0 -> r.areaCode() + "—" + local;
                    case 1 -> "（" + r.areaCode() + "）" + local;
                    case 2 -> r.areaCode() + " " + local;
                    case 3 -> landline + "转" + (8000 + random.nextInt(100));
                    default -> landline;
                };
                y.append("    phone: \"").append(written).append("\"\n");
                if (random.nextBoolean()) {
                    String mobile = "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
                    String mobileWritten = switch (random.nextInt(3)) {
                        case 0 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
                        case 1 -> mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
                        default -> mobile;
                    };
                    y.append("    mobile: \"").append(mobileWritten).append("\"\n");
                }
                if (random.nextInt(3) == 0) {
                    y.append("    fax: \"").append(r.phone(new SplittableRandom(random.nextLong()))).append("\"\n");
                }
                if (random.nextBoolean()) {
                    y.append("    email: ").append(r.id()).append(b.suffix()).append("@163.com\n");
                }
                if (random.nextInt(3) == 0) {
                    y.append("    address: ").append(Yaml.scalar(r.street() + (10 + random.nextInt(300)) + "号")).append('\n');
                }
            }
        }

        private void attachments(StringBuilder y, List<BundleFile> bundleFiles, String tableTitle) {
            List<BundleFile> declared = bundleFiles.stream().filter(BundleFile::declared).toList();
            boolean url = random.nextInt(100) < 10;
            if (declared.isEmpty() && tableTitle == null && !url) {
                return;
            }
            y.append("attachments:\n");
            for (BundleFile f : declared) {
                y.append("  - title: ").append(Yaml.scalar(f.title())).append('\n');
                y.append("    file: ").append(Yaml.scalar(f.name())).append('\n');
                if (f.original()) {
                    y.append("    original: true\n");
                }
            }
            if (tableTitle != null) {
                y.append("  - title: ").append(Yaml.scalar(tableTitle)).append("\n    table: true\n");
            }
            if (url) {
                y.append("  - title: ").append(Yaml.scalar(d.year() + "年" + d.series().name() + "全国活动安排")).append('\n');
                y.append("    url: https://www.most.gov.cn/kjbgz/").append(d.year()).append("05/t").append(d.year()).append("0510_").append(180000 + d.index() % 9000).append(".html\n");
                y.append("    description: 上级部门公布的全国重点活动安排\n");
            }
        }
    }

    /** A file in a document's bundle; {@code declared} ones are listed under {@code attachments}, the rest only linked. */
    record BundleFile(String name, String title, boolean original, boolean declared) {
    }

    // ---------------------------------------------------------------------------------------------

    /** Writes the Markdown body of a document: 3–8 KB of text in the shape of a real notice or plan. */
    static final class BodyWriter {
        private final DocumentPlan d;
        private final Random random;
        private final String theme;
        private final LocalDate start;
        private final LocalDate end;
        private final List<BundleFile> files;
        private final String tableTitle;
        private final StringBuilder out = new StringBuilder();
        private int section;

        BodyWriter(DocumentPlan d, Random random, String theme, LocalDate start, LocalDate end, List<BundleFile> files,
                   String tableTitle) {
            this.d = d;
            this.random = random;
            this.theme = theme;
            this.start = start;
            this.end = end;
            this.files = files;
            this.tableTitle = tableTitle;
        }

        String body() {
            int target = 3000 + random.nextInt(5001); // UTF-8 bytes of body text
            if (!d.plan()) {
                out.append(Words.RECIPIENTS[random.nextInt(Words.RECIPIENTS.length)].formatted(d.region().name())).append("\n\n");
            }
            paragraph(3, 5, basedOn());
            heading("活动时间");
            out.append(Words.fuzzySpan(random, start, end)).append("\n\n");
            heading("活动主题");
            out.append(theme).append("\n\n");
            heading("主要内容");
            int sub = 0;
            int first = random.nextInt(Words.CONTENT_HEADINGS.length);
            int reserve = 2600; // what the closing sections take, so the body ends near its target
            while ((bytes() < target - reserve || sub < 2) && sub < Words.CONTENT_HEADINGS.length) {
                subheading(sub + 1, Words.CONTENT_HEADINGS[(first + sub) % Words.CONTENT_HEADINGS.length]);
                sub++;
                paragraph(3, 6, null);
            }
            heading("重点活动安排");
            activities();
            heading("有关要求");
            requirements();
            if (!files.isEmpty() || tableTitle != null) {
                attachmentsSection();
            }
            return out.toString();
        }

        private int bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8).length;
        }

        private void heading(String title) {
            out.append("## ").append(Words.chineseNumber(++section)).append("、").append(title).append("\n\n");
        }

        private void subheading(int n, String title) {
            out.append("### （").append(Words.chineseNumber(n)).append("）").append(title).append("\n\n");
        }

        private void paragraph(int min, int max, String lead) {
            StringBuilder p = new StringBuilder(lead == null ? "" : lead);
            int sentences = min + random.nextInt(max - min + 1);
            for (int k = 0; k < sentences; k++) {
                p.append(Words.sentence(random, d, theme));
            }
            out.append(p).append("\n\n");
        }

        /** The opening sentence, citing an earlier document of the same year by a link when there is one. */
        private String basedOn() {
            int earlier = d.index() - YEARS * (1 + random.nextInt(3));
            if (earlier >= 0 && random.nextInt(100) < 60) {
                DocumentPlan cited = DocumentPlan.of(earlier);
                if (!cited.draft()) {
                    Path from = Path.of(d.file()).getParent();
                    String link = from.relativize(Path.of(cited.file())).toString().replace('\\', '/');
                    return "根据[《" + cited.title() + "》](" + link + ")的安排，";
                }
            }
            return "根据上级有关部门工作安排，";
        }

        private void activities() {
            int n = 2 + random.nextInt(4);
            if (random.nextBoolean()) {
                for (int k = 1; k <= n; k++) {
                    out.append(k).append(". **").append(Words.ACTIVITIES[random.nextInt(Words.ACTIVITIES.length)]).append("**。")
                            .append(Words.sentence(random, d, theme)).append('\n');
                }
                out.append('\n');
            } else {
                out.append("| 序号 | 活动名称 | 时间 | 地点 |\n| --- | --- | --- | --- |\n");
                for (int k = 1; k <= n; k++) {
                    out.append("| ").append(k).append(" | ").append(Words.ACTIVITIES[random.nextInt(Words.ACTIVITIES.length)])
                            .append(" | ").append(Words.fuzzySpan(random, start, end)).append(" | ").append(d.region().name())
                            .append(Words.PLACES[random.nextInt(Words.PLACES.length)]).append(" |\n");
                }
                out.append('\n');
            }
            for (BundleFile f : files) {
                if (f.name().endsWith(".png")) {
                    out.append("![").append(f.title()).append("](").append(f.name()).append(")\n\n");
                }
            }
        }

        private void requirements() {
            String[] leads = Words.pick(random, Words.REQUIREMENT_LEADS, 3 + random.nextInt(2)).toArray(String[]::new);
            for (int k = 0; k < leads.length; k++) {
                out.append("**（").append(Words.chineseNumber(k + 1)).append("）").append(leads[k]).append("**。");
                out.append(Words.sentence(random, d, theme)).append(Words.sentence(random, d, theme)).append("\n\n");
            }
            out.append("报送材料包括：\n\n");
            for (String m : Words.pick(random, Words.MATERIALS, 3)) {
                out.append("- ").append(m).append('\n');
            }
            out.append('\n');
            for (BundleFile f : files) {
                if (f.declared() && random.nextBoolean()) {
                    String link = "[" + f.title() + "](" + (random.nextBoolean() ? "<" + f.name() + ">" : f.name()) + ")";
                    out.append(f.original() ? "本文件原文见" + link + "。" : "请填写" + link + "，随总结一并报送。").append("\n\n");
                }
            }
            if (random.nextInt(100) < 30) {
                out.append("全国活动安排详见[中国科协网站](https://www.cast.org.cn/)。\n\n");
            }
        }

        private void attachmentsSection() {
            if (tableTitle != null) {
                out.append("## 附件 ").append(tableTitle).append("\n\n");
                out.append("| 单位 | 活动场次 | 参与人数 | 发放资料（份） | 媒体报道（篇） |\n| --- | --- | --- | --- | --- |\n");
                for (int k = 0; k < 4 + random.nextInt(6); k++) {
                    out.append("| ").append(Words.PARTNERS[random.nextInt(Words.PARTNERS.length)]).append(" | ")
                            .append(1 + random.nextInt(30)).append(" | ").append(50 + random.nextInt(5000)).append(" | ")
                            .append(100 + random.nextInt(9000)).append(" | ").append(random.nextInt(20)).append(" |\n");
                }
                out.append('\n');
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Small but valid attachment files: PDF, XLSX, DOCX and PNG. */
    static final class Attachments {
        private final byte[][] posters = new byte[6][];

        byte[] bytes(BundleFile file, DocumentPlan d) {
            String name = file.name();
            if (name.endsWith(".pdf")) {
                return pdf(d);
            }
            if (name.endsWith(".xlsx")) {
                return xlsx(file.title(), d);
            }
            if (name.endsWith(".docx")) {
                return docx(file.title(), d);
            }
            return poster(d.index() % posters.length);
        }

        /** A PDF of one to three pages of text, with a correct cross-reference table. */
        static byte[] pdf(DocumentPlan d) {
            int pages = 1 + d.index() % 3;
            List<String> objects = new ArrayList<>();
            objects.add("<< /Type /Catalog /Pages 2 0 R >>");
            StringBuilder kids = new StringBuilder();
            for (int p = 0; p < pages; p++) {
                kids.append(4 + 2 * p).append(" 0 R ");
            }
            objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
            objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            for (int p = 0; p < pages; p++) {
                StringBuilder text = new StringBuilder("BT /F1 11 Tf 72 760 Td 14 TL\n");
                text.append("(Scanned original of document ").append(d.index()).append(", page ").append(p + 1).append(") Tj T*\n");
                for (int line = 0; line < 30; line++) {
                    text.append("(Line ").append(line + 1).append(": ").append(d.slug()).append(" - ").append(d.year())
                            .append(" campaign notice, text layer of the signed and sealed original.) Tj T*\n");
                }
                text.append("ET");
                objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                        + (5 + 2 * p) + " 0 R >>");
                objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
            }
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            List<Integer> offsets = new ArrayList<>();
            for (int k = 0; k < objects.size(); k++) {
                offsets.add(pdf.length()); // ASCII only, so characters are bytes
                pdf.append(k + 1).append(" 0 obj\n").append(objects.get(k)).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.US_ASCII);
        }

        /** A one-sheet workbook: the statistics form editors attach, with a header row and blank rows to fill. */
        static byte[] xlsx(String title, DocumentPlan d) {
            StringBuilder rows = new StringBuilder();
            String[] header = {"序号", "单位名称", "活动名称", "活动场次", "参与人数", "发放资料（份）", "媒体报道（篇）", "备注"};
            rows.append("<row r=\"1\">").append(cell("A1", title)).append("</row>");
            rows.append("<row r=\"2\">");
            for (int c = 0; c < header.length; c++) {
                rows.append(cell((char) ('A' + c) + "2", header[c]));
            }
            rows.append("</row>");
            for (int r = 3; r < 23; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r - 2).append("</v></c>")
                        .append(cell("B" + r, d.region().name() + "第" + (r - 2) + "填报单位")).append("</row>");
            }
            return zip(new String[][] {
                    {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
                    {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
                    {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"统计表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                    {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                    {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>"}});
        }

        private static String cell(String ref, String text) {
            return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + Xml.escape(text) + "</t></is></c>";
        }

        /** A Word document: the reply slip (回执) with a few paragraphs. */
        static byte[] docx(String title, DocumentPlan d) {
            StringBuilder body = new StringBuilder();
            List<String> lines = List.of(title, d.title(), "单位名称：", "联系人：　　　　联系电话：", "参加人数：",
                    "请于活动开始前五个工作日将回执报送至" + BUREAUS.get(0).name(d.region()) + "。");
            for (String line : lines) {
                body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(Xml.escape(line)).append("</w:t></w:r></w:p>");
            }
            return zip(new String[][] {
                    {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                    {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
                    {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>"}});
        }

        private static byte[] zip(String[][] entries) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String[] entry : entries) {
                    ZipEntry e = new ZipEntry(entry[0]);
                    e.setTime(ZIP_TIME);
                    zip.putNextEntry(e);
                    zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        /** One of a few posters, drawn once: shapes only, so no installed font changes the bytes. */
        synchronized byte[] poster(int variant) {
            if (posters[variant] == null) {
                Random r = new Random(SEED + variant);
                BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(0xB7, 0x1C, 0x1C));
                g.fillRect(0, 0, 480, 320);
                for (int k = 0; k < 24; k++) {
                    g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
                    g.fillOval(r.nextInt(480), r.nextInt(320), 20 + r.nextInt(90), 20 + r.nextInt(90));
                }
                g.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    ImageIO.write(image, "png", out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                posters[variant] = out.toByteArray();
            }
            return posters[variant];
        }
    }

    static final class Xml {
        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    static final class Yaml {
        /** A YAML scalar, double-quoted only when plain style would change its meaning. */
        static String scalar(String text) {
            boolean plain = !text.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0
                    && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":") && text.strip().equals(text)
                    && !text.matches("[\\d.:\\- ]+|true|false|yes|no|null|~");
            return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The wording of notices: sentences, headings, activities, places, and how dates are written. */
    static final class Words {

        static final String[] RECIPIENTS = {
                "各乡镇人民政府，%s各有关部门，各科普工作联席会议成员单位：",
                "各科普工作联席会议成员单位，各有关单位：",
                "%s各乡镇（街道）科协，各学会、协会、研究会，各有关企事业单位：",
                "各县（市、区）委宣传部、科协、科技管理部门，各有关单位："};

        static final String[] SENTENCES = {
                "为深入贯彻落实{Y}年全国{S}工作部署，广泛宣传科技创新成果，开展科学普及惠民活动，进一步提升全民科学素质。",
                "各有关单位要加强统筹协调和资源共享，紧扣“{T}”主题，精心组织，同步举办具有区域优势和特色的群众性科技活动。",
                "活动期间，{R}重点科技创新平台、科技园区、高新技术企业、科普场馆、科普基地等科技资源将免费向社会开放。",
                "组织广大科技工作者和科普工作者深入田间地头、厂矿企业、社区农村、中小学校，开展形式多样的为民科普服务活动。",
                "突出宣传《中华人民共和国科学技术进步法》和《中华人民共和国科学技术普及法》，广泛宣传各项科技规划和政策。",
                "聚焦“双碳”、生物多样性保护等国家发展战略，广泛宣传科技创新取得的系列重大成果，加强科技安全宣传教育。",
                "通过科普大篷车这一宣传载体，集中开展科普展品展览、科普宣传、流动科技馆巡展及科技咨询服务等活动。",
                "充分利用网站、微信公众号、短视频等新媒体平台，采取线上线下相结合方式，扩大活动覆盖面和影响力。",
                "各成员单位要结合自身行业特点和资源优势，认真谋划，同步举办各具特色的群众性科技活动。",
                "大力弘扬科学家精神，积极讲述科技工作者追求真理、淡泊名利、勇攀高峰、敢为人先的创新故事。",
                "广泛组织青少年科技实践活动，激发青少年热衷科学探索的兴趣，培养青少年投身科技事业的远大志向。",
                "要严格执行属地安全管理规定，周密制定安全保卫方案及应急预案，确保各项活动安全有序。",
                "举办活动要立足实际，注意节俭，讲求实效，切实提高{S}在全社会的传播效果。",
                "{A}将会同有关部门对各单位活动开展情况进行总结，对成效突出的单位和个人予以通报表扬。",
                "围绕乡村振兴战略，组织农业科技专家开展种植养殖技术培训、农技咨询和科技成果展示等活动。",
                "深入社区开展老年人智慧生活、防范电信网络诈骗、应急避险和健康素养等科普宣传活动。",
                "各学会、协会要发挥人才智力优势，组织专家学者开展科普讲座、科普报告和科技咨询服务。",
                "重点实验室、工程技术研究中心等科研设施向公众开放，开展成果展示、科普讲座、开放实验等活动。",
                "组织开展科普讲解大赛、优秀科普作品征集和科学实验展演等活动，推动科普作品创作和传播。",
                "各中小学校要结合课后服务，组织学生参观科普场馆，开展科技小制作、小发明和科学探究活动。",
                "活动结束后，各单位要及时总结经验做法，梳理典型案例，形成活动总结报送牵头单位。",
                "要把举办{S}作为推进科技强国建设、提升公民科学素质的一项重要任务来抓，切实加强组织领导。",
                "{Y}年{R}{S}期间，共计划开展各类科普活动一百余场，预计参与群众超过两万人次。",
                "请各单位确定一名联络员，负责活动的组织协调和信息报送工作，确保各项工作落到实处。",
                "统筹考虑活动规模和安全要求，合理安排活动场地和时间，防止人员过度聚集。",
                "在全社会营造讲科学、爱科学、学科学、用科学的良好氛围，为{R}高质量发展提供有力支撑。",
                "发挥主流媒体和新媒体优势，加大对{S}的宣传报道力度，及时报道活动进展和成效。",
                "{A}负责活动的总体协调，各成员单位按照职责分工，密切配合，形成工作合力。"};

        static final String[] CONTENT_HEADINGS = {
                "突出宣传国家科技法律法规，广泛宣传各项科技规划和政策", "聚焦国家发展战略，重点宣传科技创新成果",
                "坚持以人民为中心的理念，广泛开展科技为民服务系列活动", "大力弘扬科学家精神", "科技资源集中开放",
                "青少年科技教育活动", "科普进社区、进农村、进学校", "线上科普宣传活动", "科技助力乡村振兴",
                "优秀科普作品展示"};

        static final String[] REQUIREMENT_LEADS = {"高度重视，精心组织", "注重线上，加强宣传", "周密安排，确保安全",
                "认真总结，及时反馈", "加强协调，形成合力", "突出特色，注重实效"};

        static final String[] ACTIVITIES = {"启动仪式暨主场宣传活动", "科普大篷车巡展", "科技下乡集中服务活动", "科普讲座进校园",
                "科技资源开放日", "青少年科技创新大赛", "科普讲解大赛预选赛", "最美科技工作者宣传活动", "科普赶集活动",
                "农业实用技术培训", "科学家精神宣讲", "防灾减灾科普宣传", "健康科普义诊咨询", "科普微视频征集展播",
                "科技成果展示活动", "网上科普知识竞答"};

        static final String[] PLACES = {"人民广场", "科技馆", "青少年活动中心", "文化广场", "科普教育基地", "各乡镇（街道）",
                "新时代文明实践中心", "第一中学", "农业科技示范园", "图书馆报告厅"};

        static final String[] PARTNERS = {"各乡镇科协", "县科普基地", "各学会、协会", "融媒体中心", "农业农村局",
                "卫生健康局", "气象局", "应急管理局", "各中小学校", "各有关科技型企业"};

        static final String[] AUDIENCES = {"中小学生及家长", "社区居民", "广大农民群众", "科技工作者", "各成员单位干部职工",
                "社会公众"};

        static final String[] DEADLINES = {"报送活动总结", "报送开展情况统计表", "报送活动方案", "报送典型案例和声像资料",
                "报送参赛作品", "报送联络员名单"};

        static final String[] MATERIALS = {"活动总结", "开展情况统计表", "典型案例", "有关声像资料", "媒体宣传报道资料",
                "活动方案", "联络员名单", "参赛作品（视频时长不超过5分钟）"};

        static final String[] TOPICS = {"科技进步法", "科普基地", "乡村振兴", "科学家精神", "青少年科技教育", "统计报表",
                "科技资源开放", "新时代文明实践"};

        static String sentence(Random random, DocumentPlan d, String theme) {
            return SENTENCES[random.nextInt(SENTENCES.length)].replace("{Y}", String.valueOf(d.year()))
                    .replace("{S}", d.series().name()).replace("{T}", theme).replace("{R}", d.region().name())
                    .replace("{A}", BUREAUS.get(d.index() % 2 == 0 ? 0 : 2).name(d.region()));
        }

        static List<String> pick(Random random, String[] from, int count) {
            Set<String> picked = new LinkedHashSet<>();
            while (picked.size() < Math.min(count, from.length)) {
                picked.add(from[random.nextInt(from.length)]);
            }
            return new ArrayList<>(picked);
        }

        /** 2022年5月21日至28日 */
        static String span(LocalDate a, LocalDate b) {
            if (a.equals(b)) {
                return dayWords(a);
            }
            String tail = a.getMonthValue() == b.getMonthValue() ? b.getDayOfMonth() + "日" : b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
            return dayWords(a) + "至" + tail;
        }

        /** The way documents word a period: exact, by third of a month, or by the campaign. */
        static String fuzzySpan(Random random, LocalDate a, LocalDate b) {
            return switch (random.nextInt(4)) {
                case 0 -> a.getYear() + "年" + a.getMonthValue() + "月" + third(a) + "至" + (a.getMonthValue() == b.getMonthValue() ? ""
                        : b.getMonthValue() + "月") + third(b);
                case 1 -> a.getMonthValue() + "月" + a.getDayOfMonth() + "日—" + b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
                case 2 -> span(a, b);
                default -> a.getMonthValue() + "月" + third(a) + "前后";
            };
        }

        static String dayWords(LocalDate day) {
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }

        private static String third(LocalDate day) {
            return day.getDayOfMonth() <= 10 ? "上旬" : day.getDayOfMonth() <= 20 ? "中旬" : "下旬";
        }

        static String chineseNumber(int n) {
            String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
            if (n < 10) {
                return digits[n];
            }
            return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
        }
    }
}
