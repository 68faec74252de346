package org.gazette.markup;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code of a text (a page's address), drawn as a compact inline SVG: one path, one horizontal
 * stroke per run of dark modules, inside the four-module quiet zone scanners need.
 *
 * <p>It keeps the symbol's modules, one bit each, and draws the SVG when a template asks for it:
 * every document page's model is kept across the preview's rebuilds, and the drawing (some 5 KB a
 * page) held about 50 MB at 10,000 documents where the bits hold 2 MB (docs/performance.md).
 *
 * @param text  the encoded text
 * @param label what a screen reader announces for the drawing
 * @param side  modules along each side of the symbol, without the quiet zone
 * @param dark  the dark modules, row by row ({@code y * side + x})
 */
public record QrCode(String text, String label, int side, BitSet dark) {

    /** Modules of blank margin around the symbol, as ISO/IEC 18004 requires. */
    static final int QUIET_ZONE = 4;

    /** CSS pixels per module on screen: large enough for a phone camera across a desk. */
    static final int MODULE_PIXELS = 4;

    /**
     * UTF-8, and one fixed mask pattern: choosing the best of the eight masks by trial took nine
     * tenths of the time of each code (a build makes one per document), and every reader decodes
     * any mask; the browser test scans the drawn code back.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.QR_MASK_PATTERN, 2);

    public QrCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        dark = (BitSet) dark.clone();
    }

    @Override
    public BitSet dark() {
        return (BitSet) dark.clone();
    }

    /**
     * The QR code of a text, with error correction level M (15% of the symbol may be damaged or
     * covered, e.g. by a fold in a printout).
     *
     * @param text  what the code holds, e.g. {@code https://example.gov.cn/notices/2022/a/}
     * @param label what a screen reader announces for the drawing
     */
    public static QrCode of(String text, String label) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        Objects.requireNonNull(label, "label");
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", e);
        }
        return new QrCode(text, label, matrix.getWidth(), modules(matrix));
    }

    /** The dark modules of zxing's matrix, set straight into a bit set's words row by row. */
    private static BitSet modules(ByteMatrix matrix) {
        int side = matrix.getWidth();
        long[] words = new long[(side * side + 63) / 64];
        byte[][] rows = matrix.getArray();
        int module = 0;
        for (byte[] row : rows) {
            for (byte value : row) {
                if (value == 1) {
                    words[module >>> 6] |= 1L << module;
                }
                module++;
            }
        }
        return BitSet.valueOf(words);
    }

    /**
     * The drawing, labelled for screen readers; its colours are fixed (black on white), as scanners
     * need, whatever the page's colours.
     */
    public SafeHtml svg() {
        int withMargin = side + 2 * QUIET_ZONE;
        int pixels = withMargin * MODULE_PIXELS;
        return new SafeHtml("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code-image\" viewBox=\"0 0 " + withMargin
                + " " + withMargin + "\" width=\"" + pixels + "\" height=\"" + pixels + "\" role=\"img\" aria-label=\""
                + attribute(label) + "\" shape-rendering=\"crispEdges\"><path stroke=\"#000\" d=\"" + path() + "\"/></svg>");
    }

    /**
     * The dark modules as horizontal strokes of width 1 along the middle of each row: an absolute
     * move to the first run of a row, then relative moves between runs. Runs are found a word of
     * 64 modules at a time ({@link BitSet#nextSetBit}, {@link BitSet#nextClearBit}), not module by
     * module, and the path's ASCII is written into one byte array: building it with a
     * StringBuilder's appends cost more than encoding the code (docs/performance.md, "QR codes and
     * calendars").
     */
    private String path() {
        // About 1.6 bytes a module in practice; a row writes at most a run per two modules, each at
        // most "m" + 3 digits + " 0h" + 3 digits, and "M" 3 digits " " 3 digits ".5" before its first.
        int rowMost = (side / 2 + 1) * 10 + 3;
        byte[] d = new byte[2 * side * side + rowMost];
        int length = 0;
        for (int y = 0; y < side; y++) {
            if (d.length - length < rowMost) {
                d = Arrays.copyOf(d, d.length * 2 + rowMost);
            }
            int rowStart = y * side;
            int rowEnd = rowStart + side;
            int pen = -1;
            int start = dark.nextSetBit(rowStart);
            while (start >= 0 && start < rowEnd) {
                int end = Math.min(dark.nextClearBit(start), rowEnd);
                int x = start - rowStart;
                if (pen < 0) {
                    d[length++] = 'M';
                    length = digits(d, length, x + QUIET_ZONE);
                    d[length++] = ' ';
                    length = digits(d, length, y + QUIET_ZONE);
                    d[length++] = '.';
                    d[length++] = '5';
                } else {
                    d[length++] = 'm';
                    length = digits(d, length, x - pen);
                    d[length++] = ' ';
                    d[length++] = '0';
                }
                d[length++] = 'h';
                length = digits(d, length, end - start);
                pen = end - rowStart;
                start = dark.nextSetBit(end);
            }
        }
        return new String(d, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Writes a number below 1,000 (a symbol has at most 177 modules a side) in decimal. */
    private static int digits(byte[] d, int at, int value) {
        if (value >= 100) {
            d[at++] = (byte) ('0' + value / 100);
        }
        if (value >= 10) {
            d[at++] = (byte) ('0' + value / 10 % 10);
        }
        d[at++] = (byte) ('0' + value % 10);
        return at;
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
