package org.gazette.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Tells an editor how two names that look the same differ: the Unicode form (macOS saves file names
 * decomposed, NFD), an invisible character such as a zero-width space pasted with the text, a
 * full-width letter or digit, letter case, spaces. A message that shows two such names without
 * saying how they differ leaves the editor staring at two identical strings.
 */
public final class LookAlike {

    private LookAlike() {
    }

    /** {@code name} as a person sees it: NFKC, invisible characters removed, lower case, no spaces. */
    public static String fold(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !isInvisible(c) && !Character.isWhitespace(c))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the two names are the same once normalised to NFC, the only difference that is safe to ignore. */
    public static boolean sameNfc(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFC).equals(Normalizer.normalize(b, Normalizer.Form.NFC));
    }

    /**
     * How {@code typed} differs from {@code actual}, as a Chinese clause, or null when they are
     * equal or differ in a way that shows.
     */
    public static String difference(String typed, String actual) {
        if (typed.equals(actual)) {
            return null;
        }
        if (sameNfc(typed, actual)) {
            return "两者看起来一样，但字符的 Unicode 组合方式不同（一个是 macOS 常用的分解形式 NFD）";
        }
        String invisible = invisibleIn(typed);
        if (invisible != null) {
            return "这里写的“" + visible(typed) + "”中含有看不见的字符 " + invisible + "，请删除它（可重新输入这个词）";
        }
        invisible = invisibleIn(actual);
        if (invisible != null) {
            return "“" + visible(actual) + "”中含有看不见的字符 " + invisible;
        }
        String a = Normalizer.normalize(typed, Normalizer.Form.NFC);
        String b = Normalizer.normalize(actual, Normalizer.Form.NFC);
        if (Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC))) {
            for (int i = 0, j = 0; i < a.length() && j < b.length(); ) {
                int ca = a.codePointAt(i);
                int cb = b.codePointAt(j);
                if (ca != cb) {
                    return "全角和半角不同：这里写的是“" + new String(Character.toChars(ca)) + "”，实际是“"
                            + new String(Character.toChars(cb)) + "”";
                }
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
            return "全角和半角不同";
        }
        if (a.equalsIgnoreCase(b)) {
            return "大小写不同";
        }
        if (a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""))) {
            return "空格不同";
        }
        return null;
    }

    /** The first invisible character of {@code text}, described, or null. */
    private static String invisibleIn(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isInvisible(c)) {
                return String.format("U+%04X", c) + switch (c) {
                    case 0x200B -> "（零宽空格）";
                    case 0x200C -> "（零宽不连字）";
                    case 0x200D -> "（零宽连字）";
                    case 0x2060 -> "（零宽不折行空格）";
                    case 0xFEFF -> "（零宽不折行空格 BOM）";
                    case 0x00AD -> "（软连字符）";
                    default -> "（不可见的格式字符）";
                };
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Zero-width and other format characters (Unicode category Cf): they take no room on screen. */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }
}
