package org.gazette.search;

/**
 * Writes non-negative numbers as short JSON-safe strings, five bits a character: a character of
 * {@link #MORE} carries five low bits and says another follows, a character of {@link #LAST} ends
 * the number. Numbers below 32 take one character. {@code assets/js/search.js} reads them back.
 */
final class Varints {

    static final String LAST = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    static final String MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";

    private Varints() {
    }

    static void write(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(MORE.charAt(v & 31));
            v >>>= 5;
        }
        out.append(LAST.charAt(v));
    }

    /** Reads every number of a string written by {@link #write}, for tests. */
    static int[] read(String text) {
        int[] values = new int[text.length()];
        int count = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value |= more << shift;
                shift += 5;
            } else {
                values[count++] = value | LAST.indexOf(c) << shift;
                value = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
