package org.gazette.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.yaml.YamlNode;

/**
 * Reads and checks the inspection items of {@code data/site.yaml} ({@link SiteIdentity}) and the
 * formats of the registration numbers the footer links from: a number an inspector cannot look up
 * is a mistake, reported with the form to write.
 */
final class SiteIdentityReader {

    /**
     * The fields of {@code site.yaml} that are mappings (主办单位 and 承办单位 details), which the
     * content model's kinds do not describe; the scalar fields are declared in {@code ContentModel.SITE}.
     */
    static final Set<String> FIELDS = Set.of("publisher_contact", "operator");

    private static final Set<String> UNIT_FIELDS = Set.of("name", "address", "phone", "postcode");
    /** 网站标识码: ten digits, or {@code bm} and eight digits for a ministry's site. */
    private static final Pattern SITE_CODE = Pattern.compile("\\d{10}|[Bb][Mm]\\d{8}");
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d{6,12}号(-\\d{1,3})?");
    private static final Pattern POLICE_RECORD = Pattern.compile("\\p{IsHan}公网安备\\s?(\\d{14})\\s?号");
    private static final Pattern CONAC_ID = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

    private SiteIdentityReader() {
    }

    /** The inspection items; reports each mistake in {@code fields}. */
    static SiteIdentity read(Fields fields) {
        String siteCode = fields.text("site_code", false);
        if (siteCode != null && !SITE_CODE.matcher(siteCode).matches()) {
            fields.problems().error(fields.lineOf("site_code"), "site_code", "网站标识码“" + siteCode + "”格式不对",
                    "网站标识码是 10 位数字（部委网站为 bm 加 8 位数字），照全国政府网站基本信息数据库中的写，并加引号，例如 site_code: \"6405020001\"");
        }
        String icp = fields.text("icp", false);
        if (icp != null && !ICP.matcher(icp).matches()) {
            fields.problems().error(fields.lineOf("icp"), "icp", "ICP备案号“" + icp + "”格式不对",
                    "照工业和信息化部备案系统中的写，例如 宁ICP备12345678号-1");
        }
        String policeCode = null;
        String police = fields.text("police_record", false);
        if (police != null) {
            Matcher matcher = POLICE_RECORD.matcher(police);
            if (matcher.matches()) {
                policeCode = matcher.group(1);
            } else {
                fields.problems().error(fields.lineOf("police_record"), "police_record",
                        "公安备案号“" + police + "”格式不对，无法链接到备案记录",
                        "照公安备案信息写省份简称、“公网安备”、14 位数字和“号”，例如 宁公网安备64050202000001号");
            }
        }
        String conacId = fields.text("conac_id", false);
        if (conacId != null && !CONAC_ID.matcher(conacId).matches()) {
            fields.problems().error(fields.lineOf("conac_id"), "conac_id", "党政机关网站标识编号“" + conacId + "”格式不对",
                    "复制标识验证页地址中“id=”后面的 32 位字母和数字，例如 conac_id: 0D48A84D75CF6974E053012819AC263F");
            conacId = null;
        }
        boolean reportErrors = fields.flag("report_errors");
        if (reportErrors && siteCode == null) {
            fields.problems().error(fields.lineOf("report_errors"), "report_errors", "“我为政府网站找错”需要网站标识码",
                    "先填写 site_code（网站标识码），或删除 report_errors 这一行");
            reportErrors = false;
        }
        SiteIdentity.Unit publisher = unit(fields, "publisher_contact", fields.text("publisher", false), false);
        SiteIdentity.Unit operator = unit(fields, "operator", null, true);
        return new SiteIdentity(policeCode, conacId == null ? null : conacId.toUpperCase(java.util.Locale.ROOT),
                reportErrors, publisher, operator, link(fields, "annual_report"), link(fields, "interaction"),
                topics(fields));
    }

    private static SiteIdentity.Unit unit(Fields site, String key, String name, boolean named) {
        YamlNode node = site.node(key);
        if (!site.has(key)) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            site.problems().error(node.line(), key, "“" + key + ":”下面应缩进写 address、phone 等字段",
                    "写成“" + key + ":”，下一行缩进两个空格写“address: …”");
            return null;
        }
        Fields fields = new Fields(mapping, site.problems().field(key));
        Set<String> known = new LinkedHashSet<>(UNIT_FIELDS);
        if (!named) {
            known.remove("name");
        }
        fields.rejectUnknown(known);
        String phone = fields.text("phone", false);
        if (phone != null) {
            PhoneNumber.Result result = PhoneNumber.parse(phone);
            if (!result.ok()) {
                fields.problems().error(fields.lineOf("phone"), "phone", result.problem(), result.hint());
            }
        }
        String postcode = fields.text("postcode", false);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            fields.problems().error(fields.lineOf("postcode"), "postcode", "邮政编码“" + postcode + "”应是 6 位数字",
                    "加引号写 6 位数字，例如 postcode: \"751100\"");
        }
        return new SiteIdentity.Unit(named ? fields.text("name", true) : name, fields.text("address", false), phone,
                postcode);
    }

    private static SiteIdentity.SiteLink link(Fields fields, String key) {
        String url = fields.text(key, false);
        if (url == null) {
            return null;
        }
        if (!url.startsWith("/") && !url.matches("(?i)https?://[^\\s/?#]+\\.[^\\s]*")) {
            fields.problems().error(fields.lineOf(key), key, "“" + url + "”不是完整的网址，页脚链接会打不开",
                    "写以 https:// 开头的完整地址，或以“/”开头的本站地址，例如 /about/");
            return null;
        }
        return new SiteIdentity.SiteLink(url);
    }

    /** The fixed 主题分类 list, each entry once. */
    private static List<String> topics(Fields fields) {
        List<String> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String topic : fields.texts("topics", false)) {
            if (!seen.add(topic)) {
                fields.problems().error(fields.lineOf("topics"), "topics", "主题分类“" + topic + "”写了两次", "删除重复的一项");
            } else {
                topics.add(topic);
            }
        }
        return topics;
    }
}
