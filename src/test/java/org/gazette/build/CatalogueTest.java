package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;
import org.gazette.pages.PlannedPage;
import org.gazette.search.SearchFiles;
import org.gazette.testing.FileTrees;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue is the whole truth about what a site publishes: building the sample site through
 * it, every published file but the assets comes from one family, at a path the family declares,
 * of the media type it declares, and every page from a template it declares.
 */
class CatalogueTest {

    @TempDir
    static Path folder;

    /** What each family of the standard catalogue made while the sample site was built. */
    static final Map<Output, List<Product>> MADE = new ConcurrentHashMap<>();
    static Path output;

    @BeforeAll
    static void buildTheSampleSiteThroughARecordingCatalogue() throws Exception {
        Path source = folder.resolve("src");
        for (String part : List.of("content", "data", "templates", "assets")) {
            FileTrees.copy(TestSite.REPOSITORY.resolve(part), source.resolve(part));
        }
        output = folder.resolve("out");
        List<Output> recording = Catalogue.standard().outputs().stream().<Output>map(Recording::new).toList();
        new SiteBuilder(new Catalogue(recording)).build(BuildOptions.build(source, output).on(LocalDate.of(2022, 5, 20)));
    }

    @Test
    void everyPublishedFileButTheAssetsComesFromAFamilyOfTheCatalogue() throws IOException {
        Set<String> catalogued = new TreeSet<>();
        MADE.values().forEach(products -> products.forEach(product -> catalogued.add(product.path())));
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("assets/") && !path.equals(StagingArea.MARKER))
                    // The search index reads every body, which no family's Inputs can declare yet: the
                    // builder makes it itself, in every build (docs/architecture.md, Site search).
                    .filter(path -> !SearchFiles.isIndexFile(path))
                    .forEach(published::add);
        }

        assertThat(published).isEqualTo(catalogued);
    }

    @Test
    void everyFamilyOfTheSampleSiteMadeSomething() {
        for (Output family : Catalogue.standard().outputs()) {
            assertThat(MADE.keySet().stream().anyMatch(recorded -> recorded.name().equals(family.name())))
                    .as("%s made files for the sample site", family.name()).isTrue();
        }
    }

    @Test
    void eachFileIsAtAPathItsFamilyDeclaresAndHasItsMediaType() {
        for (Map.Entry<Output, List<Product>> made : MADE.entrySet()) {
            Output family = made.getKey();
            List<PathMatcher> declared = family.paths().stream()
                    .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
            for (Product product : made.getValue()) {
                assertThat(declared.stream().anyMatch(matcher -> matcher.matches(Path.of(product.path()))))
                        .as("%s declares the path %s", family.name(), product.path()).isTrue();
                assertThat(family.mediaType().names(product.path()))
                        .as("%s is a %s file", product.path(), family.mediaType().type()).isTrue();
            }
        }
    }

    @Test
    void eachPageIsRenderedWithATemplateItsFamilyDeclaresAndOnlyTemplatedFamiliesMakePages() {
        for (Map.Entry<Output, List<Product>> made : MADE.entrySet()) {
            Output family = made.getKey();
            for (Product product : made.getValue()) {
                if (family.rendering() instanceof Rendering.Templates templates) {
                    assertThat(product).isInstanceOf(PlannedPage.class);
                    assertThat(templates.byKind()).containsKey(((PlannedPage) product).kind());
                } else {
                    assertThat(product).as("%s of %s", product.path(), family.name()).isNotInstanceOf(PlannedPage.class);
                }
            }
        }
    }

    @Test
    void everyPageTemplateOfTheRepositoryIsNamedByAFamily() throws IOException {
        Set<String> named = new HashSet<>(Catalogue.standard().templates().values());
        Set<String> templates = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestSite.REPOSITORY.resolve("templates"))) {
            files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("layout.ftlh")) // every page's frame, not a page
                    .forEach(templates::add);
        }

        assertThat(named).containsAll(templates);
    }

    @Test
    void templatesOfFeedsAndSitemapsWriteTheirMediaTypesEnding() {
        Map<String, String> extensions = Catalogue.standard().extensions();

        assertThat(extensions).containsEntry("feed", ".xml").containsEntry("sitemap", ".xml").doesNotContainKey("list");
    }

    @Test
    void twoFamiliesCannotGiveOnePageKindDifferentTemplates() {
        Output list = Catalogue.standard().outputs().stream().filter(o -> o.rendering() instanceof Rendering.Templates t
                && t.byKind().containsKey("list")).findFirst().orElseThrow();
        Output impostor = new Recording(list) {
            @Override
            public Rendering rendering() {
                return Rendering.template("list", "other-list.ftlh");
            }
        };

        assertThatThrownBy(() -> new Catalogue(List.of(list, impostor))).hasMessageContaining("list");
    }

    /** A family as the catalogue has it, noting every file it makes. */
    static class Recording implements Output {
        private final Output family;

        Recording(Output family) {
            this.family = family;
        }

        @Override
        public String name() {
            return family.name();
        }

        @Override
        public MediaType mediaType() {
            return family.mediaType();
        }

        @Override
        public List<String> paths() {
            return family.paths();
        }

        @Override
        public Inputs inputs() {
            return family.inputs();
        }

        @Override
        public Rendering rendering() {
            return family.rendering();
        }

        @Override
        public List<? extends Product> plan(SiteContext site) {
            return note(family.plan(site));
        }

        @Override
        public List<? extends Product> plan(DocumentContext document) {
            return note(family.plan(document));
        }

        private List<? extends Product> note(List<? extends Product> products) {
            MADE.computeIfAbsent(this, k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(products);
            return products;
        }
    }
}
