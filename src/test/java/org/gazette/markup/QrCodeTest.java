package org.gazette.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String ADDRESS = "https://example.gov.cn/notices/2022/linyi-sci-week/";

    @Test
    void aScannerReadsTheAddressBackFromTheDrawing() throws Exception {
        QrCode code = QrCode.of(ADDRESS, "本页网址的二维码");

        assertThat(scan(code)).isEqualTo(ADDRESS);
    }

    @Test
    void percentEncodedChineseAddressesScanToTheSameAddress() throws Exception {
        String address = "https://example.gov.cn/notices/2024/%E7%A7%91%E6%8A%80%E5%91%A8/";

        assertThat(scan(QrCode.of(address, "二维码"))).isEqualTo(address);
    }

    @Test
    void theDrawingIsOneBlackPathLabelledForScreenReaders() {
        Element svg = svg(QrCode.of(ADDRESS, "本页网址的二维码"));

        assertThat(svg.children()).hasSize(1);
        assertThat(svg.child(0).tagName()).isEqualTo("path");
        assertThat(svg.child(0).attr("stroke")).isEqualTo("#000");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo("本页网址的二维码");
    }

    @Test
    void theDrawingKeepsAQuietZoneAndFourPixelsPerModule() {
        Element svg = svg(QrCode.of(ADDRESS, "二维码"));
        int side = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);

        assertThat(svg.attr("width")).isEqualTo(String.valueOf(side * 4));
        assertThat(modules(svg)).allSatisfy(row -> {
            assertThat(row[0]).isGreaterThanOrEqualTo(QrCode.QUIET_ZONE);
            assertThat(row[1]).isLessThanOrEqualTo(side - QrCode.QUIET_ZONE);
        });
    }

    @Test
    void aPageAddressTakesLessThanTwoAndAHalfKilobytes() {
        assertThat(QrCode.of(ADDRESS, "本页网址的二维码").svg().html().length()).isLessThan(2500);
    }

    @Test
    void aCodeKeepsOneBitAModuleAndDrawsTheSameSvgEachTime() {
        QrCode code = QrCode.of(ADDRESS, "本页网址的二维码");

        // The preview keeps every page's model: the drawing is made when a page is rendered, not kept.
        assertThat(Arrays.stream(QrCode.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(SafeHtml.class);
        assertThat(code.dark().length()).isLessThanOrEqualTo(code.side() * code.side());
        assertThat(code.svg()).isEqualTo(code.svg()).isEqualTo(QrCode.of(ADDRESS, "本页网址的二维码").svg());
        assertThat(code).isEqualTo(QrCode.of(ADDRESS, "本页网址的二维码")).isNotEqualTo(QrCode.of(ADDRESS + "a/", "本页网址的二维码"));
    }

    @Test
    void theCodeHoldsExactlyTheModulesZxingEncodedWithMaskTwo() throws Exception {
        QrCode code = QrCode.of(ADDRESS, "二维码");
        ByteMatrix matrix = Encoder.encode(ADDRESS, ErrorCorrectionLevel.M, Map.of(
                EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 2)).getMatrix();

        assertThat(code.side()).isEqualTo(matrix.getWidth());
        for (int y = 0; y < code.side(); y++) {
            for (int x = 0; x < code.side(); x++) {
                assertThat(code.dark().get(y * code.side() + x)).as("module %d,%d", x, y).isEqualTo(matrix.get(x, y) == 1);
            }
        }
    }

    @Test
    void eachRunOfDarkModulesIsOneStrokeAndNothingElseIsDrawn() {
        for (String address : new String[] {ADDRESS, ADDRESS + "a-longer-address-that-needs-a-larger-symbol/2024/", "https://a.cn/"}) {
            QrCode code = QrCode.of(address, "二维码");
            java.util.BitSet drawn = new java.util.BitSet();
            int[] last = null;
            for (int[] run : modules(svg(code))) {
                // A run never touches the one before it on its row: adjacent dark modules are one stroke.
                if (last != null && last[2] == run[2]) {
                    assertThat(run[0]).isGreaterThan(last[1]);
                }
                for (int x = run[0]; x < run[1]; x++) {
                    drawn.set((run[2] - QrCode.QUIET_ZONE) * code.side() + x - QrCode.QUIET_ZONE);
                }
                last = run;
            }

            assertThat(drawn).as(address).isEqualTo(code.dark());
        }
    }

    @Test
    void anEmptyTextIsRefused() {
        assertThatThrownBy(() -> QrCode.of("", "二维码")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Element svg(QrCode code) {
        return Jsoup.parseBodyFragment(code.svg().html()).selectFirst("svg");
    }

    /** The runs of dark modules the path draws, each as {start x, end x, y}. */
    private static java.util.List<int[]> modules(Element svg) {
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        Matcher command = Pattern.compile("([Mmh])([0-9.]+)(?: ([0-9.]+))?").matcher(svg.child(0).attr("d"));
        double x = 0;
        double y = 0;
        while (command.find()) {
            double a = Double.parseDouble(command.group(2));
            switch (command.group(1)) {
                case "M" -> {
                    x = a;
                    y = Double.parseDouble(command.group(3));
                }
                case "m" -> x += a;
                default -> {
                    runs.add(new int[] {(int) x, (int) (x + a), (int) y});
                    x += a;
                }
            }
        }
        return runs;
    }

    /** Paints the drawing at four pixels per module, as a camera would see it, and decodes it. */
    private static String scan(QrCode code) throws Exception {
        Element svg = svg(code);
        int side = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
        int scale = 4;
        int size = side * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int[] run : modules(svg)) {
            for (int px = run[0] * scale; px < run[1] * scale; px++) {
                for (int py = run[2] * scale; py < (run[2] + 1) * scale; py++) {
                    pixels[py * size + px] = 0xFF000000;
                }
            }
        }
        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(image).getText();
    }
}
