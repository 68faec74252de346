package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * 扫一扫: the QR code on every notice and plan, as the browser draws it on a phone's screen, scans
 * to the page's own address, which is also written out beside it.
 */
class QrCodeIT {

    private final Browser browser = Browser.shared();
    private final BuiltSite site = BuiltSite.get();

    @TestFactory
    Stream<DynamicTest> everyDocumentPageShowsAScannableCodeOfItsOwnAddress() {
        return site.documents().stream().map(document -> dynamicTest(document.url(), () -> {
            browser.open(site.pageOf(document), Viewport.PHONE);
            String canonical = browser.driver().findElement(By.cssSelector("link[rel=canonical]")).getDomAttribute("href");
            byte[] png = browser.driver().findElement(By.cssSelector(".qr-code-image")).getScreenshotAs(OutputType.BYTES);

            assertThat(scan(png)).isEqualTo(canonical);
            assertThat(browser.driver().findElement(By.cssSelector(".qr-code-address")).getText()).isEqualTo(canonical);
        }));
    }

    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
