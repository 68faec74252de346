package org.gazette.components;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Checks what an example says it renders ({@code expect}, {@code nothing}) against what it rendered. */
final class ExampleExpectations {

    private ExampleExpectations() {
    }

    /** Every way the rendered markup falls short of the example's expectations, one line each; empty when none. */
    static List<String> failures(ComponentExamples.Example example, String rendered) {
        List<String> failures = new ArrayList<>();
        Element root = org.jsoup.Jsoup.parseBodyFragment(rendered).body();
        if (example.nothing() && (!root.children().isEmpty() || !root.text().isBlank())) {
            failures.add("renders nothing, but rendered: " + root.html());
        }
        if (!example.nothing() && root.children().isEmpty()) {
            failures.add("renders something, but rendered nothing (write nothing: true for an empty case)");
        }
        for (ComponentExamples.Expectation expectation : example.expect()) {
            check(expectation, root, failures);
        }
        return failures;
    }

    private static void check(ComponentExamples.Expectation expect, Element root, List<String> failures) {
        if (expect.absent() != null) {
            Elements found = root.select(expect.absent());
            if (!found.isEmpty()) {
                failures.add("absent: " + expect.absent() + " — found " + found.outerHtml());
            }
            return;
        }
        if (expect.select() == null) {
            failures.add("an expectation needs select or absent: " + expect);
            return;
        }
        Elements found = root.select(expect.select());
        String what = "select: " + expect.select();
        if (found.isEmpty()) {
            failures.add(what + " — matched nothing");
            return;
        }
        if (expect.count() != null && found.size() != expect.count()) {
            failures.add(what + " — " + found.size() + " matches, expected " + expect.count());
        }
        if (expect.text() != null && !found.first().text().equals(expect.text())) {
            failures.add(what + " — text \"" + found.first().text() + "\", expected \"" + expect.text() + "\"");
        }
        if (!expect.texts().isEmpty() && !found.eachText().equals(expect.texts())) {
            failures.add(what + " — texts " + found.eachText() + ", expected " + expect.texts());
        }
        {
            for (Map.Entry<String, String> attr : expect.attr().entrySet()) {
                Element first = found.first();
                if (!first.hasAttr(attr.getKey()) || !first.attr(attr.getKey()).equals(attr.getValue())) {
                    failures.add(what + " — " + attr.getKey() + "=\"" + first.attr(attr.getKey()) + "\""
                            + (first.hasAttr(attr.getKey()) ? "" : " (missing)") + ", expected \"" + attr.getValue() + "\"");
                }
            }
        }
    }
}
