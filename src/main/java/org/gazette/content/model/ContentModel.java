package org.gazette.content.model;

import static org.gazette.content.model.Kind.DATE;
import static org.gazette.content.model.Kind.FLAG;
import static org.gazette.content.model.Kind.IDS;
import static org.gazette.content.model.Kind.MOMENT;
import static org.gazette.content.model.Kind.TEXT;
import static org.gazette.content.model.Kind.TEXTS;
import static org.gazette.content.model.Kind.URL;
import static org.gazette.content.model.Kind.YEAR;
import static org.gazette.content.model.Need.OPTIONAL;
import static org.gazette.content.model.Need.REQUIRED;
import static org.gazette.content.model.Need.REQUIRED_IN_DOCUMENTS;

import java.util.List;

/**
 * Every field of the editor's contract ({@code CONTENT-MODEL.md}), in one place. To add a field,
 * declare it here, read it in its reader, describe it in {@code docs/editor-guide.md}, and run
 * {@code gazette schemas} to regenerate {@code .vscode/schemas/}.
 */
public final class ContentModel {

    /** How an id of a data file is written; the same rule {@code DataReader} applies. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    /** One activity of {@code schedule}. */
    public static final Shape EVENT = Shape.of("event", "一项活动安排",
            Field.of("title", TEXT, REQUIRED, "活动名称", "科普讲座进社区"),
            Field.of("start", MOMENT, REQUIRED, "开始日期，或日期和时刻", "2022-05-24 09:30"),
            Field.of("end", MOMENT, OPTIONAL, "结束日期或时刻，不早于 start；只有一天的活动可以不写", "2022-05-28"),
            Field.of("when", TEXT, OPTIONAL, "原文对时间的说法，页面上照原文显示", "2022年5月中旬至6月上旬"),
            Field.of("location", TEXT, OPTIONAL, "地点", "县科技馆"),
            Field.of("organizers", TEXTS, OPTIONAL, "主办或责任单位：机构编号或中文名称", "[kjj, 县科协]"),
            Field.of("participants", TEXTS, OPTIONAL, "参加对象", "全县中小学生"),
            Field.of("description", TEXT, OPTIONAL, "活动说明", null));

    /** One item of {@code deadlines}. */
    public static final Shape DEADLINE = Shape.of("deadline", "一项报送要求",
            Field.of("title", TEXT, REQUIRED, "报送什么", "报送活动总结"),
            Field.of("due", MOMENT, REQUIRED, "截止日期，或日期和时刻", "2022-06-10 17:00"),
            Field.of("submit_to", TEXT, OPTIONAL, "报送给谁、报送到哪里（地址、邮箱）", "sptqkxjsj@163.com"),
            Field.of("materials", TEXTS, OPTIONAL, "要报送的材料", "[活动总结, 统计表]"));

    /** A contact written out, inline or in {@code data/contacts.yaml}. */
    public static final Shape CONTACT = Shape.of("contact", "联系人",
            Field.of("name", TEXT, REQUIRED, "姓名", "王晶晶"),
            Field.of("org", TEXT, OPTIONAL, "单位", "某县科学技术局"),
            Field.of("role", TEXT, OPTIONAL, "职务或分工", "科普股"),
            Field.of("phone", TEXTS, OPTIONAL, "电话，一个或列表", "\"0955-8812005\""),
            Field.of("mobile", TEXTS, OPTIONAL, "手机，一个或列表", "\"13800000000\""),
            Field.of("fax", TEXTS, OPTIONAL, "传真", "\"0955-8812006\""),
            Field.of("email", TEXT, OPTIONAL, "电子邮箱", "kjj@example.gov.cn"),
            Field.of("address", TEXT, OPTIONAL, "地址", "某县人民路1号"));

    /** A contact taken from {@code data/contacts.yaml} by its id. */
    public static final Shape CONTACT_REF = Shape.of("contact_ref", "引用 data/contacts.yaml 中的联系人",
            Field.of("ref", TEXT, REQUIRED, "data/contacts.yaml 中联系人的编号", "wang"));

    /** One item of {@code attachments}. */
    public static final Shape ATTACHMENT = Shape.of("attachment", "一个附件：file、url、table 三者写一个",
            Field.of("title", TEXT, REQUIRED, "附件名称", "附件1 2022年科技活动周统计表"),
            Field.of("file", TEXT, OPTIONAL, "文档文件夹里的文件名", "附件1 统计表.xlsx"),
            Field.of("url", URL, OPTIONAL, "外部网址", "https://www.most.gov.cn/"),
            Field.of("table", FLAG, OPTIONAL, "附件是正文中的表格（true），网站同时提供下载", "true"),
            Field.of("description", TEXT, OPTIONAL, "附件说明", null),
            Field.of("original", FLAG, OPTIONAL, "是扫描或盖章的原文（true）", "true"));

    /** The front matter of a document: a notice, a plan or a plain page. */
    public static final Shape DOCUMENT = Shape.of("document", "文档的 front matter",
            Field.of("title", TEXT, REQUIRED, "完整标题", "关于开展2022年科技活动周的通知"),
            Field.of("date", DATE, REQUIRED_IN_DOCUMENTS, "发布日期，年-月-日", "2022-05-24"),
            Field.of("agencies", IDS, REQUIRED_IN_DOCUMENTS, "发布机构：data/agencies.yaml 中的编号，按落款顺序",
                    "[linyi-gxkj, linyi-kx]"),
            Field.choice("type", "文档类型：notice 通知、plan 方案、page 页面；不写时按所在文件夹", "plan",
                    "notice", "plan", "page"),
            Field.choice("status", "published 发布（默认）或 draft 草稿；草稿不会发布", "draft", "published", "draft"),
            Field.of("written", DATE, OPTIONAL, "成文日期，不晚于发布日期", "2022-05-18"),
            Field.of("updated", DATE, OPTIONAL, "更新日期：发布后改过内容时写改动的那一天，不早于发布日期", "2022-05-30"),
            Field.of("doc_number", TEXT, OPTIONAL, "文号", "临工科发〔2022〕13号"),
            Field.of("index_number", TEXT, OPTIONAL, "索引号", "640502030/2021-00042"),
            Field.of("campaign", IDS, OPTIONAL, "活动届次：data/campaigns.yaml 中的编号", "sci-week-2022"),
            Field.of("themes", TEXTS, OPTIONAL, "本届活动主题，按原文", "[走进科技，你我同行]"),
            Field.of("topics", TEXTS, OPTIONAL, "主题分类；data/site.yaml 规定了主题分类表时照表填写", "[科普, 乡村振兴]"),
            Field.of("keywords", TEXTS, OPTIONAL, "主题词（关键词），自由填写，用于网页的 Keywords 元数据", "[科技活动周, 科普日]"),
            Field.choice("validity", "有效性：valid 有效（默认）、expired 已失效、repealed 已废止", "valid",
                    "valid", "expired", "repealed"),
            Field.of("valid_until", DATE, OPTIONAL, "有效期截止日，过了这一天页面显示为已失效", "2022-12-31"),
            Field.of("summary", TEXT, OPTIONAL, "一两句话的摘要，用于列表、订阅和搜索", null),
            Field.items("schedule", OPTIONAL, "活动安排", EVENT),
            Field.items("deadlines", OPTIONAL, "报送要求", DEADLINE),
            Field.items("contacts", OPTIONAL, "联系方式：ref 引用常用联系人，或直接写 name 等", CONTACT_REF, CONTACT),
            Field.items("attachments", OPTIONAL,
                    "附件：每项写 title，再从 file（文档文件夹里的文件）、url（外部网址）、table（正文中的表格）中选一个写", ATTACHMENT));

    /** One link of the site's navigation. */
    public static final Shape NAV_ITEM = Shape.of("nav_item", "导航中的一项",
            Field.of("title", TEXT, REQUIRED, "显示的文字", "通知公告"),
            Field.of("url", TEXT, REQUIRED, "链接地址", "/notices/"));

    /** A unit named in the footer: the 主办单位 (named by publisher) or the 承办单位. */
    public static final Shape UNIT = Shape.of("unit", "单位的地址、电话、邮编",
            Field.of("name", TEXT, OPTIONAL, "单位名称（承办单位必填；主办单位的名称写在 publisher）", "某县信息中心"),
            Field.of("address", TEXT, OPTIONAL, "地址", "某县人民路1号"),
            Field.of("phone", TEXT, OPTIONAL, "电话", "\"0955-8812000\""),
            Field.of("postcode", TEXT, OPTIONAL, "邮政编码，6 位数字，加引号", "\"751100\""));

    /** {@code data/site.yaml}. */
    public static final Shape SITE = Shape.of("site", "网站信息",
            Field.of("title", TEXT, REQUIRED, "网站名称", "某县科学技术局"),
            Field.of("publisher", TEXT, REQUIRED, "主办单位", "某县科学技术局"),
            Field.of("base_url", URL, REQUIRED, "网站地址，以 https:// 开头", "https://kjj.example.gov.cn"),
            Field.of("language", TEXT, OPTIONAL, "网页语言，默认 zh-CN", "zh-CN"),
            Field.of("timezone", TEXT, OPTIONAL, "时区，默认 Asia/Shanghai", "Asia/Shanghai"),
            Field.of("site_code", TEXT, OPTIONAL, "网站标识码", "\"6405020001\""),
            Field.of("icp", TEXT, OPTIONAL, "ICP备案号", "宁ICP备00000000号-1"),
            Field.of("police_record", TEXT, OPTIONAL, "公安备案号", "宁公网安备00000000000000号"),
            Field.items("navigation", OPTIONAL, "网站导航，按显示顺序", NAV_ITEM),
            Field.of("description", TEXT, OPTIONAL, "网站简介，用于搜索引擎", null),
            Field.of("conac_id", TEXT, OPTIONAL, "党政机关网站标识的编号：验证页地址中 id= 后面的 32 位字母和数字",
                    "0D48A84D75CF6974E053012819AC263F"),
            Field.of("report_errors", FLAG, OPTIONAL, "页脚显示“我为政府网站找错”（需要 site_code）", "true"),
            Field.of("interaction", TEXT, OPTIONAL, "政民互动（留言、咨询）入口：https:// 开头的地址，或以 / 开头的本站地址", "/contacts/"),
            Field.of("annual_report", TEXT, OPTIONAL, "政府网站工作年度报表的地址", "https://www.example.gov.cn/ndbb/"),
            Field.of("topics", TEXTS, OPTIONAL, "本站的主题分类表；写了它，文档的 topics 只能从表中选", "[综合政务\\政务公开]"),
            Field.mapping("publisher_contact", OPTIONAL, "主办单位的地址、电话、邮编", UNIT),
            Field.mapping("operator", OPTIONAL, "承办单位：name、address、phone、postcode", UNIT));

    /** One entry of {@code data/agencies.yaml}. */
    public static final Shape AGENCY = Shape.of("agency", "发布机构",
            Field.of("name", TEXT, REQUIRED, "机构全称", "某县科学技术局"),
            Field.of("short_name", TEXT, OPTIONAL, "简称", "县科技局"),
            Field.of("region", TEXT, OPTIONAL, "所在地区", "宁夏回族自治区中卫市沙坡头区"),
            Field.of("address", TEXT, OPTIONAL, "地址", "某县人民路1号"),
            Field.of("phone", TEXT, OPTIONAL, "电话", "\"0955-8812005\""),
            Field.of("email", TEXT, OPTIONAL, "电子邮箱", "kjj@example.gov.cn"),
            Field.of("website", URL, OPTIONAL, "网站地址", "https://kjj.example.gov.cn"));

    /** One entry of {@code data/campaigns.yaml}. */
    public static final Shape CAMPAIGN = Shape.of("campaign", "活动的一届",
            Field.of("name", TEXT, REQUIRED, "名称", "2022年全国科技活动周"),
            Field.of("series", TEXT, OPTIONAL, "活动系列", "科技活动周"),
            Field.of("year", YEAR, OPTIONAL, "年份，四位数字", "2022"),
            Field.of("themes", TEXTS, OPTIONAL, "主题", "[走进科技，你我同行]"),
            Field.of("start", DATE, OPTIONAL, "开始日期", "2022-05-21"),
            Field.of("end", DATE, OPTIONAL, "结束日期，不早于 start", "2022-05-28"),
            Field.of("when", TEXT, OPTIONAL, "原文对时间的说法", "2022年5月21—28日"));

    /** The files of {@code data/}, in the order the guide describes them. */
    public static final List<DataFile> DATA_FILES = List.of(
            new DataFile("site.yaml", "网站信息（data/site.yaml）", false, SITE, true),
            new DataFile("agencies.yaml", "发布机构（data/agencies.yaml）：键是机构编号，文档的 agencies 引用它", true,
                    AGENCY, true),
            new DataFile("campaigns.yaml", "活动届次（data/campaigns.yaml）：键是届次编号，文档的 campaign 引用它", true,
                    CAMPAIGN, false),
            new DataFile("contacts.yaml", "常用联系人（data/contacts.yaml）：键是联系人编号，文档的 contacts 用 ref 引用它",
                    true, CONTACT, false));

    private ContentModel() {
    }
}
