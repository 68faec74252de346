package org.gazette.markup;

import java.util.Arrays;

/**
 * Writes flexmark's HTML the way jsoup writes the same tree, so a body rendered straight from the
 * syntax tree is byte for byte the body that went through the allowlist: void elements without
 * {@code " /"}, quotes in text as they are, no-break spaces as {@code &nbsp;}. It changes spelling
 * only, never structure: it is applied to flexmark's own output for bodies without raw HTML, where
 * every {@code <} and {@code >} is markup and every other one is escaped.
 */
final class JsoupStyle {

    private JsoupStyle() {
    }

    /**
     * True when flexmark and jsoup write an attribute value alike, so the browser reads exactly the
     * value that was checked: no {@code &} (flexmark keeps what looks like an entity, so
     * {@code &amp;#106;} would reach the browser as {@code j}), no no-break space and no control
     * characters.
     */
    static boolean escapesAlike(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '\u00a0' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * flexmark's output in jsoup's spelling, with the places of the addresses marked while it was
     * written ({@link AddressSpans#MARK}), or null when it holds text jsoup would spell otherwise.
     */
    static SafeHtml of(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        int[] spans = new int[8];
        int count = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return null;
                }
                boolean selfClosing = end - i >= 3 && html.charAt(end - 1) == '/' && html.charAt(end - 2) == ' ';
                int stop = selfClosing ? end - 2 : end;
                for (int k = i; k < stop; k++) {
                    if (html.charAt(k) == AddressSpans.MARK) {
                        // A marked address runs to its closing quote: quotes inside are written &quot;.
                        int close = html.indexOf('"', k);
                        if (close < 0 || close > stop) {
                            return null;
                        }
                        if (count + 2 > spans.length) {
                            spans = Arrays.copyOf(spans, spans.length * 2);
                        }
                        out.append(html, i, k);
                        spans[count++] = out.length();
                        out.append(html, k + 1, close);
                        spans[count++] = out.length();
                        i = close;
                        k = close;
                    }
                }
                out.append(html, i, stop).append('>');
                i = end + 1;
            } else if (c == '&' && html.startsWith("&quot;", i)) {
                out.append('"');
                i += 6;
            } else if (c == '\u00a0') {
                out.append("&nbsp;");
                i++;
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                // Control characters jsoup writes as numeric references; rare enough to leave to it.
                return null;
            } else {
                out.append(c);
                i++;
            }
        }
        return new SafeHtml(out.toString(), AddressSpans.of(spans, count));
    }
}
