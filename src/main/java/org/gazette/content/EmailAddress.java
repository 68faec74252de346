package org.gazette.content;

import java.util.regex.Pattern;

/** Checks the e-mail addresses editors write, catching full-width characters copied from Word. */
public final class EmailAddress {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    /** Null when valid, else the message; {@link #suggest} proposes a corrected form. */
    public static String problem(String email) {
        if (VALID.matcher(email).matches()) {
            return null;
        }
        if (!suggest(email).equals(email)) {
            return "邮箱“" + email + "”含有全角字符或空格";
        }
        return "“" + email + "”不是有效的邮箱地址";
    }

    /** What to write instead: the corrected address when it can be worked out, else the expected form. */
    public static String hint(String email) {
        String suggestion = suggest(email);
        if (!suggestion.equals(email) && VALID.matcher(suggestion).matches()) {
            return "写成 " + suggestion;
        }
        return "邮箱写成 名称@域名 的形式，例如 kjj@example.gov.cn，域名要完整（如 163.com）";
    }

    /** The address with full-width characters and spaces replaced, for the hint. */
    public static String suggest(String email) {
        StringBuilder out = new StringBuilder();
        for (char c : email.toCharArray()) {
            if (c == '＠') {
                out.append('@');
            } else if (c == '。' || c == '．') {
                out.append('.');
            } else if (c >= '！' && c <= '～') {
                out.append((char) (c - 0xFEE0));
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
