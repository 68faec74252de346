package org.gazette.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese telephone number as an editor writes it ({@code 0955-8812005}, {@code 0359—2333259},
 * {@code 151 2189 2999}, {@code 0373-5820419转8001}) and the RFC 3966 {@code tel:} address a phone
 * can dial: a mainland landline becomes {@code +86-955-8812005} (trunk 0 dropped), a mobile
 * {@code +86-15121892999}; service numbers (12345, 400…) stay local.
 *
 * @param written the number exactly as written, for display
 * @param dial    the value after {@code tel:}
 */
public record PhoneNumber(String written, String dial) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—―－()（）.．]");
    private static final Pattern EXTENSION = Pattern.compile("(.*?)(?:转|分机|ext\\.?|x)\\s*(\\d{1,6})\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern THREE_DIGIT_AREA = Pattern.compile("(010|02\\d)(\\d{7,8})");
    private static final Pattern FOUR_DIGIT_AREA = Pattern.compile("(0[3-9]\\d{2})(\\d{7,8})");
    private static final Pattern SERVICE = Pattern.compile("(?:1\\d{4}|[48]00\\d{7}|95\\d{3,6}|96\\d{3,6})");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(\\d{7,15})");

    /** The outcome of reading: the number, or why it is not one. */
    public record Result(PhoneNumber number, String problem, String hint) {
        public boolean ok() {
            return number != null;
        }
    }

    /** Reads one number. A number without an area code is reported: it cannot be dialled from afar. */
    public static Result parse(String written) {
        String text = written.strip();
        String extension = null;
        Matcher ext = EXTENSION.matcher(text);
        if (ext.matches()) {
            text = ext.group(1);
            extension = ext.group(2);
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        String suffix = extension == null ? "" : ";ext=" + extension;
        if (digits.startsWith("+86")) {
            digits = "0" + digits.substring(3);
            if (MOBILE.matcher(digits.substring(1)).matches()) {
                digits = digits.substring(1);
            }
        }
        Matcher m;
        if (MOBILE.matcher(digits).matches()) {
            return ok(written, "+86-" + digits + suffix);
        }
        if ((m = THREE_DIGIT_AREA.matcher(digits)).matches() || (m = FOUR_DIGIT_AREA.matcher(digits)).matches()) {
            return ok(written, "+86-" + m.group(1).substring(1) + "-" + m.group(2) + suffix);
        }
        if (SERVICE.matcher(digits).matches()) {
            return ok(written, digits + suffix + ";phone-context=+86");
        }
        if ((m = INTERNATIONAL.matcher(digits)).matches()) {
            return ok(written, "+" + m.group(1) + suffix);
        }
        if (digits.matches("\\d{7,8}")) {
            return new Result(null, "电话号码“" + written + "”缺少区号，外地拨打不通",
                    "加上当地区号，写成 区号-号码，例如 0359-2333259");
        }
        if (!digits.matches("[+\\d]+")) {
            return new Result(null, "电话号码“" + written + "”含有不能拨打的字符",
                    "只写数字和“-”，例如 0955-8812005；一个字段写多个号码时请写成列表");
        }
        return new Result(null, "“" + written + "”不像是电话号码（位数不对）",
                "固定电话写成 区号-号码（如 0955-8812005），手机写 11 位数字（如 15121892999）");
    }

    private static Result ok(String written, String dial) {
        return new Result(new PhoneNumber(written.strip(), dial), null, null);
    }
}
