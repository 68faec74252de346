package org.gazette.markup;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
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
     * need, whatever the page's colours. It is written in one builder, the path straight from the
     * bits (docs/performance.md, "QR codes and calendars").
     */
    public SafeHtml svg() {
        int withMargin = side + 2 * QUIET_ZONE;
        int pixels = withMargin * MODULE_PIXELS;
        StringBuilder svg = new StringBuilder(300 + side * side / 2);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code-image\" viewBox=\"0 0 ").append(withMargin)
                .append(' ').append(withMargin).append("\" width=\"").append(pixels).append("\" height=\"").append(pixels)
                .append("\" role=\"img\" aria-label=\"").append(attribute(label))
                .append("\" shape-rendering=\"crispEdges\"><path stroke=\"#000\" d=\"");
        appendPath(svg);
        return new SafeHtml(svg.append("\"/></svg>").toString());
    }

    /**
     * The dark modules as horizontal strokes of width 1 along the middle of each row: an absolute
     * move to the first run of a row, then relative moves between runs. Runs are found a word of
     * 64 modules at a time ({@link BitSet#nextSetBit}, {@link BitSet#nextClearBit}), not module by module.
     */
    private void appendPath(StringBuilder d) {
        for (int y = 0; y < side; y++) {
            int rowStart = y * side;
            int rowEnd = rowStart + side;
            int pen = -1;
            int start = dark.nextSetBit(rowStart);
            while (start >= 0 && start < rowEnd) {
                int end = Math.min(dark.nextClearBit(start), rowEnd);
                int x = start - rowStart;
                if (pen < 0) {
                    d.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
                } else {
                    d.append('m').append(x - pen).append(" 0");
                }
                d.append('h').append(end - start);
                pen = end - rowStart;
                start = dark.nextSetBit(end);
            }
        }
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
