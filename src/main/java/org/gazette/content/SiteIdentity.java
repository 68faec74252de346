package org.gazette.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a government website inspection looks for in {@code data/site.yaml} beyond the site's name:
 * the registration numbers and badges of the footer, the host and operating units, the site-wide
 * links and the site's fixed 主题分类 list. Every part is optional; an absent part is not shown.
 *
 * @param policeRecordCode the digits of the 公安备案号 (its {@code recordcode}), or null
 * @param conacId          the id of the 党政机关网站标识 verification page, or null
 * @param reportErrors     whether the footer offers 我为政府网站找错 (needs the 网站标识码)
 * @param publisherContact address, telephone and postcode of the 主办单位, or null
 * @param operator         the 承办单位 with its address, telephone and postcode, or null
 * @param annualReport     the 政府网站工作年度报表 address, or null
 * @param interaction      the 政民互动 (留言、咨询) address, or null
 * @param topics           the site's fixed 主题分类 list; empty when documents may use any words
 */
public record SiteIdentity(String policeRecordCode, String conacId, boolean reportErrors, Unit publisherContact,
                           Unit operator, SiteLink annualReport, SiteLink interaction, List<String> topics) {

    /** The MIIT record site; it offers no link to one record, so the ICP number links to its search. */
    private static final String ICP_RECORDS = "https://beian.miit.gov.cn/";
    private static final String POLICE_RECORDS = "https://beian.mps.gov.cn/#/query/webSearch?code=";
    private static final String CONAC_VERIFICATION = "https://bszs.conac.cn/sitename?method=show&id=";
    private static final String ERROR_REPORTS = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=";

    /** A site with none of the inspection items configured. */
    public static final SiteIdentity NONE = new SiteIdentity(null, null, false, null, null, null, null, List.of());

    public SiteIdentity {
        topics = List.copyOf(topics);
    }

    /** Where the ICP备案号 is looked up: the MIIT record system (工业和信息化部政务服务平台). */
    public String icpRecordsUrl() {
        return ICP_RECORDS;
    }

    /** The 公安备案 record of the site on the 全国互联网安全管理服务平台, or null. */
    public String policeRecordUrl() {
        return policeRecordCode == null ? null : POLICE_RECORDS + policeRecordCode;
    }

    /** The verification page the red 党政机关网站标识 badge links to, or null. */
    public String conacUrl() {
        return conacId == null ? null : CONAC_VERIFICATION + conacId;
    }

    /**
     * The 我为政府网站找错 form for the site, as the national platform's own script opens it: the
     * 网站标识码 and the address of the page being reported (here the site's home page).
     */
    public String errorReportUrl(String siteCode, String pageUrl) {
        return ERROR_REPORTS + siteCode + "&url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8);
    }

    /**
     * A unit named in the footer (主办单位 or 承办单位).
     *
     * @param name     its name; for the 主办单位 the site's {@code publisher}
     * @param address  postal address, or null
     * @param phone    telephone as written, or null
     * @param postcode 邮政编码, or null
     */
    public record Unit(String name, String address, String phone, String postcode) {
    }

    /**
     * A link the site gives in {@code data/site.yaml}: a full address, or a path on this site
     * starting with {@code /}.
     */
    public record SiteLink(String url) {

        /** True for a full {@code https://} address on another site. */
        public boolean external() {
            return !url.startsWith("/");
        }

        /** The path below the site root, for a link on this site. */
        public String path() {
            return url.substring(1);
        }
    }
}
