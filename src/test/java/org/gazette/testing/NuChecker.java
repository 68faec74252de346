package org.gazette.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker ({@code nu.validator:validator}), offline, as the {@code vnu} command
 * line checks a file: the full HTML schema plus the checker's own assertions. Used by the browser
 * tests on the built site and by the component examples on each example's page.
 */
public final class NuChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuChecker() {
        try {
            // Language detection only ever warns, and costs a second per page.
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the Nu HTML Checker", e);
        }
    }

    /** The checker's messages about one file; errors first. Not thread-safe. */
    public Report check(Path file) {
        collector.reset();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException | SAXException e) {
            collector.errors.add("fatal: " + e.getMessage());
        }
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /**
     * What the checker said about a file.
     *
     * @param errors   each error as {@code line:column: message}
     * @param warnings each warning likewise
     */
    public record Report(List<String> errors, List<String> warnings) {
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void reset() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add("fatal " + describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
