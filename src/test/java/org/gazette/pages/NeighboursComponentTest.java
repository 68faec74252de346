package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.components.ComponentHarness;
import org.gazette.content.Document;
import org.gazette.site.Documents;
import org.gazette.site.Neighbours;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neighbours component (上一篇 / 下一篇): a labelled navigation with each neighbour that exists. */
class NeighboursComponentTest {


    @TempDir
    static Path folder;

    static ComponentHarness harness;

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(folder, LocalDate.of(2022, 5, 24));
    }

    private static Document notice(String slug) {
        return Documents.notice(slug, LocalDate.of(2022, 5, 1), List.of(), List.of());
    }

    private static Element render(Neighbours neighbours) {
        return harness.render("neighbours", "neighbours", Map.of("neighbours", neighbours));
    }

    @Test
    void linksBothNeighboursInALabelledNavigation() {
        Element nav = render(new Neighbours(notice("a"), notice("c"))).selectFirst("nav");

        assertThat(nav.attr("aria-label")).isEqualTo("上一篇和下一篇");
        assertThat(nav.select("li").eachText()).containsExactly("上一篇：通知 a", "下一篇：通知 c");
        assertThat(nav.select("a").eachAttr("href")).containsExactly("/notices/a/", "/notices/c/");
    }

    @Test
    void atAnEndShowsOnlyTheNeighbourThatExists() {
        assertThat(render(new Neighbours(null, notice("b"))).select("li").eachText()).containsExactly("下一篇：通知 b");
        assertThat(render(new Neighbours(notice("a"), null)).select("li").eachText()).containsExactly("上一篇：通知 a");
    }

    @Test
    void withoutNeighboursShowsNothing() {
        assertThat(render(Neighbours.NONE).children()).isEmpty();
    }
}
