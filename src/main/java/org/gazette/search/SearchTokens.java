package org.gazette.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Cuts text into search tokens: within a run of Chinese characters (Han), every pair of neighbours
 * (bigrams) and, when asked, every character; outside them, every run of letters and digits as one
 * lower-case word. Text is NFKC-normalised first, so full-width {@code ２０２２} and {@code ＡＢＣ}
 * are {@code 2022} and {@code abc}. Everything else (punctuation, brackets, emoji) separates tokens.
 *
 * <p>{@code assets/js/search.js} repeats this rule for queries; {@code SearchTokensTest} and the
 * browser test keep the two in step.
 */
public final class SearchTokens {

    /** The first code point of the Han script (CJK Radicals Supplement); {@code SearchTokensTest} checks it. */
    static final int FIRST_HAN = 0x2E80;

    private SearchTokens() {
    }

    /** Text as the index sees it: NFKC, lower case. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Calls {@code sink} with each token of {@code text} in order (repeats included).
     *
     * @param unigrams also single Chinese characters, for one-character queries
     */
    public static void tokens(String text, boolean unigrams, Consumer<String> sink) {
        scan(text, unigrams, new Sink() {
            @Override
            public void pair(int packed) {
                sink.accept(unpack(packed));
            }

            @Override
            public void token(String token) {
                sink.accept(token);
            }
        });
    }

    /**
     * Receives tokens; a token of two UTF-16 units (most are: Chinese bigrams) comes packed in an
     * int, so that the index of a whole site does not make a string for each of its bigrams.
     */
    interface Sink {
        /** A token of two UTF-16 units, {@code first << 16 | second}. */
        void pair(int packed);

        /** Any other token. */
        void token(String token);
    }

    /** The token a packed pair stands for. */
    static String unpack(int packed) {
        return new String(new char[] {(char) (packed >>> 16), (char) packed});
    }

    /** Calls {@code sink} with each token of {@code text}, as {@link #tokens} does. */
    static void scan(String text, boolean unigrams, Sink sink) {
        String s = normalise(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = codePointAt(s, i);
            if (isHan(cp)) {
                int start = i;
                // Almost every Chinese character is one UTF-16 unit: such a run is cut without decoding it again.
                boolean units = true;
                while (i < n && isHan(cp = codePointAt(s, i))) {
                    units &= cp < Character.MIN_SUPPLEMENTARY_CODE_POINT;
                    i += Character.charCount(cp);
                }
                if (units) {
                    hanUnits(s, start, i, unigrams, sink);
                } else {
                    han(s, start, i, unigrams, sink);
                }
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(cp = codePointAt(s, i))) {
                    i += Character.charCount(cp);
                }
                emit(s, start, i, sink);
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** {@link String#codePointAt}, without its bounds check and surrogate test for the common case. */
    private static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? s.codePointAt(i) : c;
    }

    private static void emit(String s, int start, int end, Sink sink) {
        if (end - start == 2) {
            sink.pair(s.charAt(start) << 16 | s.charAt(start + 1));
        } else {
            sink.token(s.substring(start, end));
        }
    }

    /** {@link #han} for a run of characters of one UTF-16 unit each: its bigrams are neighbouring units. */
    private static void hanUnits(String s, int start, int end, boolean unigrams, Sink sink) {
        if (end - start == 1) {
            sink.token(s.substring(start, end));
            return;
        }
        for (int k = start; k + 1 < end; k++) {
            if (unigrams) {
                sink.token(s.substring(k, k + 1));
            }
            sink.pair(s.charAt(k) << 16 | s.charAt(k + 1));
        }
        if (unigrams) {
            sink.token(s.substring(end - 1, end));
        }
    }

    private static void han(String s, int start, int end, boolean unigrams, Sink sink) {
        int first = start;
        int firstEnd = first + Character.charCount(s.codePointAt(first));
        if (firstEnd == end) {
            // A lone character has no bigram; it is a unigram, whatever was asked.
            emit(s, first, end, sink);
            return;
        }
        while (firstEnd < end) {
            int secondEnd = firstEnd + Character.charCount(s.codePointAt(firstEnd));
            if (unigrams) {
                emit(s, first, firstEnd, sink);
            }
            emit(s, first, secondEnd, sink);
            first = firstEnd;
            firstEnd = secondEnd;
        }
        if (unigrams) {
            emit(s, first, firstEnd, sink);
        }
    }

    /** Han, the script of Chinese characters, including the extensions beyond the BMP. */
    static boolean isHan(int cp) {
        // The common cases first, without the script table's search: the unified ideographs of the
        // BMP, and everything below U+2E80 (Latin, digits, most punctuation), where Han does not begin yet.
        return cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Letters and digits of every other script. */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isHan(cp);
    }
}
