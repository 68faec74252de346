package org.gazette.markup;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code of a text (a page's address), drawn as a compact inline SVG: one path, one horizontal
 * stroke per run of dark modules, inside the four-module quiet zone scanners need.
 *
 * @param text the encoded text
 * @param svg  the drawing, labelled for screen readers; its colours are fixed (black on white), as
 *             scanners need, whatever the page's colours
 */
public record QrCode(String text, SafeHtml svg) {

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
        Objects.requireNonNull(svg, "svg");
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
        return new QrCode(text, new SafeHtml(svg(matrix, label)));
    }

    private static String svg(ByteMatrix matrix, String label) {
        int side = matrix.getWidth() + 2 * QUIET_ZONE;
        int pixels = side * MODULE_PIXELS;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code-image\" viewBox=\"0 0 " + side + " " + side
                + "\" width=\"" + pixels + "\" height=\"" + pixels + "\" role=\"img\" aria-label=\"" + attribute(label)
                + "\" shape-rendering=\"crispEdges\"><path stroke=\"#000\" d=\"" + path(matrix) + "\"/></svg>";
    }

    /**
     * The dark modules as horizontal strokes of width 1 along the middle of each row: an absolute
     * move to the first run of a row, then relative moves between runs.
     */
    private static String path(ByteMatrix matrix) {
        StringBuilder d = new StringBuilder(matrix.getWidth() * matrix.getHeight() / 2);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int pen = -1;
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                if (pen < 0) {
                    d.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
                } else {
                    d.append('m').append(start - pen).append(" 0");
                }
                d.append('h').append(x - start);
                pen = x;
            }
        }
        return d.toString();
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
