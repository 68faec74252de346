package org.gazette.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.DataFile;
import org.gazette.content.model.Shape;
import org.gazette.content.text.EditorText;
import org.gazette.content.yaml.YamlNode;
import org.gazette.content.yaml.YamlReader;
import org.gazette.content.yaml.YamlSyntaxException;
import org.gazette.validation.Problems;

/**
 * Reads {@code data/site.yaml}, {@code agencies.yaml}, {@code campaigns.yaml} and
 * {@code contacts.yaml} into {@link SiteData}, reporting every mistake.
 */
public final class DataReader {

    public static final String SITE_FILE = "site.yaml";
    public static final String AGENCIES_FILE = "agencies.yaml";
    public static final String CAMPAIGNS_FILE = "campaigns.yaml";
    public static final String CONTACTS_FILE = "contacts.yaml";

    /** Every file {@code data/} may hold; anything else there is reported, never silently ignored. */
    public static final List<String> FILES = ContentModel.DATA_FILES.stream().map(DataFile::name).toList();

    static final Pattern ID = Pattern.compile(ContentModel.ID_PATTERN);

    private static final Shape SITE = ContentModel.SITE;
    private static final Shape AGENCY = ContentModel.AGENCY;
    private static final Shape CAMPAIGN = ContentModel.CAMPAIGN;


    /** The fields of site.yaml: the content model's, and the units of the footer read by {@link SiteIdentityReader}. */
    private static java.util.Set<String> siteFields() {
        java.util.Set<String> fields = new java.util.HashSet<>(SITE.names());
        fields.addAll(SiteIdentityReader.FIELDS);
        return fields;
    }

    private final Path siteRoot;
    private final Problems problems;
    private final java.util.Set<String> unreadable = new java.util.HashSet<>();

    public DataReader(Path siteRoot, Problems problems) {
        this.siteRoot = siteRoot;
        this.problems = problems;
    }

    /** Reads all data files; missing optional files give empty maps. */
    public SiteData read() {
        Path data = siteRoot.resolve("data");
        reportUnknownFiles(data);
        SiteConfig site = readSite(data.resolve(SITE_FILE));
        Map<String, Agency> agencies = readEntries(data.resolve(AGENCIES_FILE), required(AGENCIES_FILE), this::agency);
        Map<String, Campaign> campaigns = readEntries(data.resolve(CAMPAIGNS_FILE), required(CAMPAIGNS_FILE), this::campaign);
        Map<String, Contact> contacts = readEntries(data.resolve(CONTACTS_FILE), required(CONTACTS_FILE),
                (id, fields) -> ContactReader.read(fields, id));
        return new SiteData(site, agencies, campaigns, contacts, unreadable);
    }

    private SiteConfig readSite(Path file) {
        YamlNode.Mapping root = readMapping(file, required(SITE_FILE));
        Problems.Scope scope = problems.in(relative(file));
        Fields fields = new Fields(root == null ? new YamlNode.Mapping(Map.of(), 1) : root, scope);
        if (root != null) {
            fields.rejectUnknown(siteFields());
        }
        String title = root == null ? null : fields.text("title", SITE.required("title"));
        String publisher = root == null ? null : fields.text("publisher", SITE.required("publisher"));
        String baseUrl = root == null ? null : fields.text("base_url", SITE.required("base_url"));
        String basePath = "/";
        if (baseUrl != null) {
            try {
                URI uri = new URI(baseUrl);
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                    throw new URISyntaxException(baseUrl, "not absolute");
                }
                String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
                basePath = path.endsWith("/") ? path : path + "/";
                baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            } catch (URISyntaxException e) {
                scope.error(fields.lineOf("base_url"), "base_url", "“" + baseUrl + "”不是完整的网址",
                        "写成 https://kjj.example.gov.cn 这样以 https:// 开头的网站地址");
                // The rest of the check goes on with a placeholder, never with the rejected value.
                baseUrl = null;
            }
        }
        String language = fields.text("language", false);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        String timezone = fields.text("timezone", false);
        if (timezone != null) {
            try {
                zone = ZoneId.of(timezone);
            } catch (DateTimeException e) {
                scope.error(fields.lineOf("timezone"), "timezone", "“" + timezone + "”不是时区名称",
                        "中国大陆写 Asia/Shanghai，或删除这一行使用默认值");
            }
        }
        List<NavItem> navigation = new ArrayList<>();
        List<YamlNode.Mapping> items = fields.mappings("navigation");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            Fields item = new Fields(items.get(i), scope.field("navigation[" + (i + 1) + "]"));
            item.rejectUnknown(ContentModel.NAV_ITEM.names());
            String navTitle = item.text("title", ContentModel.NAV_ITEM.required("title"));
            String url = item.text("url", ContentModel.NAV_ITEM.required("url"));
            if (navTitle != null && url != null) {
                navigation.add(new NavItem(navTitle, url));
            }
        }
        return new SiteConfig(title == null ? "" : title, publisher == null ? "" : publisher,
                baseUrl == null ? "https://example.invalid" : baseUrl, basePath,
                language == null ? "zh-CN" : language, zone, fields.text("site_code", false), fields.text("icp", false),
                fields.text("police_record", false), navigation, fields.text("description", false),
                root == null ? SiteIdentity.NONE : SiteIdentityReader.read(fields));
    }

    private Agency agency(String id, Fields fields) {
        fields.rejectUnknown(AGENCY.names());
        String email = fields.text("email", false);
        if (email != null && EmailAddress.problem(email) != null) {
            fields.problems().error(fields.lineOf("email"), "email", EmailAddress.problem(email), EmailAddress.hint(email));
        }
        String phone = fields.text("phone", false);
        if (phone != null) {
            PhoneNumber.Result result = PhoneNumber.parse(phone);
            if (!result.ok()) {
                fields.problems().error(fields.lineOf("phone"), "phone", result.problem(), result.hint());
            }
        }
        String website = fields.text("website", false);
        if (website != null && !website.matches("(?i)https?://[^\\s/?#]+\\.[^\\s]*")) {
            fields.problems().error(fields.lineOf("website"), "website", "“" + website + "”不是完整的网址，网站链接会打不开",
                    "写成以 https:// 或 http:// 开头的地址，例如 https://kjj.example.gov.cn");
        }
        return new Agency(id, fields.text("name", AGENCY.required("name")), fields.text("short_name", false), fields.text("region", false),
                fields.text("address", false), phone, email, website);
    }

    private Campaign campaign(String id, Fields fields) {
        fields.rejectUnknown(CAMPAIGN.names());
        String name = fields.text("name", CAMPAIGN.required("name"));
        String yearText = fields.text("year", false);
        Integer year = null;
        if (yearText != null) {
            if (yearText.matches("\\d{4}")) {
                year = Integer.valueOf(yearText);
            } else {
                fields.problems().error(fields.lineOf("year"), "year", "“" + yearText + "”不是年份", "写四位数字，例如 2022");
            }
        }
        LocalDate start = fields.date("start", false);
        LocalDate end = fields.date("end", false);
        if (start != null && end != null && end.isBefore(start)) {
            fields.problems().error(fields.lineOf("end"), "end", "结束日期 " + end + " 早于开始日期 " + start,
                    "核对日期，end 不能早于 start");
        }
        return new Campaign(id, name, fields.text("series", false), year, fields.texts("themes", false), start, end,
                fields.text("when", false));
    }

    private <T> Map<String, T> readEntries(Path file, boolean required, BiFunction<String, Fields, T> reader) {
        Map<String, T> result = new LinkedHashMap<>();
        YamlNode.Mapping root = readMapping(file, required);
        if (root == null) {
            return result;
        }
        Problems.Scope scope = problems.in(relative(file));
        for (YamlNode.Entry entry : root.entries().values()) {
            String id = entry.key();
            if (!ID.matcher(id).matches()) {
                scope.error(entry.keyLine(), id, "编号“" + id + "”只能由英文字母、数字、“-”和“_”组成",
                        "例如 linyi-kx；中文名称写在下一级的 name 字段");
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
                scope.error(entry.keyLine(), id, "“" + id + ":”下面应缩进写 name 等字段",
                        "写成“" + id + ":”，下一行缩进两个空格写“name: …”");
                continue;
            }
            // An entry with a mistake is left out, so nothing downstream meets its missing fields; the
            // documents that refer to it are not blamed for it.
            int before = problems.errorCount(scope.file());
            T value = reader.apply(id, new Fields(mapping, scope.field(id)));
            if (problems.errorCount(scope.file()) == before) {
                result.put(id, value);
            } else {
                unreadable.add(scope.file() + "#" + id);
            }
        }
        return result;
    }

    private YamlNode.Mapping readMapping(Path file, boolean required) {
        String name = relative(file);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (required) {
                problems.error(name, 0, null, "缺少数据文件 " + name, "从示例站点复制一份 " + name + " 并按本站信息修改");
            }
            return null;
        }
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(name, 0, null, name + " 是符号链接或不是普通文件，出于安全原因不会读取", "用真实文件代替链接");
            return null;
        }
        unreadable.add(name);
        try {
            String text = SourceText.read(file);
            EditorText.Cleaned cleaned = EditorText.clean(text, 1);
            EditorText.report(problems, name, text, cleaned, 1, 0);
            YamlNode root = YamlReader.read(cleaned.text(), 1);
            if (root instanceof YamlNode.Mapping mapping) {
                unreadable.remove(name);
                return mapping;
            }
            problems.error(name, root.line(), null, "文件内容应是若干“字段: 值”，却是" + root.kindName(),
                    "参照示例文件的写法");
        } catch (SourceText.NotUtf8Exception e) {
            problems.error(name, e.line(), null, "文件不是 UTF-8 编码（可能是 GBK）", "用编辑器“另存为”UTF-8 编码");
        } catch (YamlSyntaxException e) {
            problems.error(name, e.line(), null, e.getMessage(), e.hint());
        } catch (IOException e) {
            // The machine's failure (permissions, a failing disk), not a mistake in the file.
            throw org.gazette.validation.EnvironmentFailure.at("读取", file, e);
        }
        return null;
    }

    /**
     * A file in {@code data/} that Gazette does not read is a mistake: {@code campaigns.yml} for
     * {@code campaigns.yaml} would otherwise leave every campaign out without a word.
     */
    private void reportUnknownFiles(Path data) {
        if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> entries;
        try (java.util.stream.Stream<Path> listing = Files.list(data)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw org.gazette.validation.EnvironmentFailure.at("读取", data, e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (FILES.contains(name) || ContentScanner.isIgnored(entry)) {
                continue;
            }
            String meant = meantDataFile(name);
            String hint = meant != null ? "改名为 " + meant
                    : "data/ 里只读取 " + String.join("、", FILES) + "；其他文件请移出 data/";
            problems.error(relative(entry), 0, null, (Files.isDirectory(entry) ? "不认识的文件夹" : "不认识的数据文件")
                    + " " + relative(entry) + "，不会读取", hint);
        }
    }

    /** The data file a misnamed one stands for: another extension, other case, a typo. */
    private static String meantDataFile(String name) {
        String normal = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT).strip();
        String stem = normal.contains(".") ? normal.substring(0, normal.lastIndexOf('.')) : normal;
        for (String file : FILES) {
            String fileStem = file.substring(0, file.length() - ".yaml".length());
            if (stem.equals(fileStem) || Fields.distance(stem, fileStem) <= 1) {
                return file;
            }
        }
        return null;
    }

    /** Whether a site must have the data file, as the content model declares. */
    private static boolean required(String name) {
        return ContentModel.DATA_FILES.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data file " + name + " in the content model")).required();
    }

    private String relative(Path file) {
        return siteRoot.relativize(file).toString().replace('\\', '/');
    }
}
