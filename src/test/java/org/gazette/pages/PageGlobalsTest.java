package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.content.SiteData;
import org.gazette.format.Formats;
import org.gazette.site.Documents;
import org.gazette.site.Publication;
import org.junit.jupiter.api.Test;

/** Every page's template sees the same site-wide variables, under the names the templates use, beside its own. */
class PageGlobalsTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 24);

    private final SiteData data = Documents.data(List.of(Documents.agency("kjj", "某县科学技术局", "县科技局")), Map.of());
    private final Publication publication = new Publication(DAY, true, false);
    private final InlineScript boot = InlineScript.of("boot();");
    private final InlineScript search = InlineScript.of("search();");
    private final InlineScripts scripts = new InlineScripts(boot, Map.of("assets/js/search.js", search));
    private final SiteImages images = SiteImages.of(Path.of("site"));
    private final PlannedPage page = new PlannedPage("list", "notices/index.html",
            new PageMeta("通知公告", "notices/", "notices", List.of(), null), "the model", "通知公告列表");

    @Test
    void theGlobalsComeFromTheSiteDataAndThePublication() {
        PageGlobals globals = PageGlobals.of(data, publication, scripts, images);

        assertThat(globals.site()).isSameAs(data.site());
        assertThat(globals.agencies()).isSameAs(data.agencies());
        assertThat(globals.urls().absolute("notices/")).isEqualTo("https://example.gov.cn/notices/");
        assertThat(globals.today()).isEqualTo(DAY);
        assertThat(globals.publication()).isEqualTo(publication);
    }

    @Test
    void aPagesTemplateDataHoldsTheGlobalsAndThePageUnderTheTemplatesNames() {
        PageGlobals globals = PageGlobals.of(data, publication, scripts, images);

        Map<String, Object> templateData = globals.templateData(page);

        assertThat(templateData).containsOnlyKeys("site", "agencies", "urls", "fmt", "today", "publication", "chrome",
                "elderBoot", "pageScripts", "siteImages", "meta", "page", "metadata", "openGraph", "structuredData");
        assertThat(templateData).containsEntry("elderBoot", boot)
                .containsEntry("pageScripts", Map.of("assets/js/search.js", search)).containsEntry("siteImages", images);
        assertThat(templateData).containsEntry("site", data.site()).containsEntry("agencies", data.agencies())
                .containsEntry("urls", globals.urls()).containsEntry("today", DAY).containsEntry("publication", publication)
                .containsEntry("meta", page.meta()).containsEntry("page", "the model");
        assertThat(templateData.get("fmt")).isInstanceOf(Formats.class);
        assertThat(templateData.get("metadata"))
                .isEqualTo(PageMetadata.of(data.site(), globals.urls(), page.meta(), page.model()));
        assertThat(templateData.get("openGraph"))
                .isEqualTo(OpenGraph.of(data.site(), globals.urls(), page.meta(), page.model()));
        assertThat(templateData.get("structuredData")).as("JSON-LD is for document pages").isNull();
    }

    @Test
    void thePagesOfOneBuildShareItsChromeAndAnotherBuildHasItsOwn() {
        PageGlobals globals = PageGlobals.of(data, publication, scripts, images);
        PlannedPage other = new PlannedPage("list", "plans/index.html",
                new PageMeta("实施方案", "plans/", "plans", List.of(), null), "another model", "实施方案列表");

        assertThat(globals.templateData(page).get("chrome")).isSameAs(globals.chrome())
                .isSameAs(globals.templateData(other).get("chrome"));
        assertThat(PageGlobals.of(data, publication, scripts, images).chrome()).isNotSameAs(globals.chrome());
    }

    @Test
    void aSiteWithoutTheHeadScriptLeavesItsVariableUndefined() {
        Map<String, Object> templateData = PageGlobals.of(data, publication, InlineScripts.NONE, images).templateData(page);

        assertThat(templateData).doesNotContainKey("elderBoot").containsKey("chrome").containsEntry("pageScripts", Map.of());
    }
}
