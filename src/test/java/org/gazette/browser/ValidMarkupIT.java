package org.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.testing.NuChecker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.helpers.DefaultHandler;

/** Every page of the built site is valid HTML, and every XML file (feed, sitemap) is well-formed. */
class ValidMarkupIT {

    private final BuiltSite site = BuiltSite.get();

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtmlToTheNuChecker() {
        NuChecker checker = new NuChecker();
        return site.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            NuChecker.Report report = checker.check(page.file());
            assertThat(report.errors()).as("Nu HTML Checker errors in %s (warnings: %s)", page, report.warnings()).isEmpty();
        }));
    }

    @Test
    void theSiteHasAFeedAndASitemap() {
        assertThat(site.xmlFiles()).map(file -> site.root().relativize(file).toString())
                .contains("feed.xml", "sitemap.xml");
    }

    @TestFactory
    Stream<DynamicTest> everyXmlFileIsWellFormed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        return site.xmlFiles().stream().map(file -> dynamicTest(site.root().relativize(file).toString(),
                () -> assertThatCode(() -> parser.parse(file.toFile())).doesNotThrowAnyException()));
    }

}
