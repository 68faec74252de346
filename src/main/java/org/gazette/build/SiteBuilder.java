package org.gazette.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.catalogue.DocumentChange;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.Product;
import org.gazette.checks.AddressCheck;
import org.gazette.checks.DocumentLinkCheck;
import org.gazette.checks.OutputFolderCheck;
import org.gazette.checks.UnreferencedFileCheck;
import org.gazette.content.ContentFile;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.SiteData;
import org.gazette.markup.BodyContext;
import org.gazette.markup.BodyRenderer;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.DocumentPage;
import org.gazette.pages.DocumentPages;
import org.gazette.pages.InlineScripts;
import org.gazette.pages.SiteImages;
import org.gazette.pages.PageGlobals;
import org.gazette.pages.PlannedPage;
import org.gazette.render.PageWriter;
import org.gazette.search.BodyTexts;
import org.gazette.search.SearchFiles;
import org.gazette.site.BodyAddresses;
import org.gazette.site.BuildDay;
import org.gazette.site.Neighbours;
import org.gazette.site.Publication;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;

/**
 * Builds a site: reads and checks every source, renders every page and publishes every file.
 *
 * <p>Each Markdown file is handled in one pass, in parallel ({@link DocumentStep}); then the
 * pages and files made from the whole site (lists, calendars, directories, feeds) follow. A full
 * build writes into a staging folder swapped into place only on success. With no output folder the
 * builder only checks: it renders everything and writes nothing.
 *
 * <p>The same builder building the same site again is a <em>rebuild</em>, as a preview server
 * does after an edit: Markdown files whose fingerprint did not change are not read again, pages and
 * files whose inputs did not change are not made again, and what changed is written over the live
 * site only when the rebuild succeeded; outputs that no longer exist are removed. The result is
 * the same site a full build makes. A change to {@code data/}, {@code templates/} or {@code assets/},
 * a new build day or other preview inclusions make the rebuild a full build.
 *
 * <p>Which documents are published (not drafts, not dated after the build day, unless a preview
 * includes them) is decided once, by the build's {@link Publication} through {@link SiteIndex}.
 */
public final class SiteBuilder {

    private static final List<String> SHARED_FOLDERS = List.of("data", "templates", "assets");

    private final Catalogue catalogue;
    private final BodyRenderer bodies = new BodyRenderer();
    private BuildState last;
    /** What changed since the last successful build: a failed build's changes are still to be built. */
    private SourceChanges unbuilt = SourceChanges.none();
    /** The renderer of rebuilds, kept while the templates stay as the last full build found them. */
    private PageWriter rebuildWriter;
    /** The search index of the last build, so that a rebuild redoes only what an edit reached. */
    private final SearchFiles searchFiles = new SearchFiles();

    public SiteBuilder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A builder with every output family of a Gazette site ({@link Catalogue#standard}). */
    public SiteBuilder() {
        this(Catalogue.standard());
    }

    /**
     * Runs the build.
     *
     * @throws BuildFailedException with every problem found, when the sources have mistakes; the
     *                              output folder is then left exactly as it was
     */
    public BuildResult build(BuildOptions options) throws BuildFailedException, IOException {
        return build(options, SourceChanges.unknown());
    }

    /**
     * Runs the build, told by a file watcher what changed since the last one: a rebuild then looks
     * at those files only.
     *
     * @throws BuildFailedException with every problem found, when the sources have mistakes; the
     *                              output folder is then left exactly as it was
     */
    public BuildResult build(BuildOptions options, SourceChanges changes) throws BuildFailedException, IOException {
        PhaseTimer timer = PhaseTimer.start();
        Path root = options.source().toAbsolutePath().normalize();
        Path output = options.writes() ? options.output().toAbsolutePath().normalize() : null;
        if (output != null) {
            OutputFolderCheck.requireSafe(root, output);
            if (!options.force()) {
                OutputFolderCheck.requireOurs(output, StagingArea.mayReplace(output), StagingArea.MARKER);
            }
        }
        Problems problems = new Problems();
        SourceChanges since = unbuilt.and(changes);
        unbuilt = since;
        // Told what changed, a rebuild need not look at the shared folders (nor, below, at untouched documents).
        List<String> shared = last != null && since.known() && !touchesShared(root, since) ? last.shared()
                : Fingerprints.ofFolders(root, SHARED_FOLDERS);
        // Data files the watcher saw untouched are as the last successful build read them, warnings and all.
        boolean sameData = last != null && last.root().equals(root) && since.known() && !touchesShared(root, since);
        SiteData data;
        List<Problem> dataWarnings;
        if (sameData) {
            data = last.data();
            dataWarnings = last.dataWarnings();
        } else {
            Problems read = new Problems();
            data = new DataReader(root, read).read();
            problems.addAll(read.errors(), List.of());
            dataWarnings = read.warnings();
        }
        problems.addAll(List.of(), dataWarnings);
        LocalDate today = options.today() != null ? options.today() : BuildDay.resolve(data.site().timezone());
        // The output still is what the last successful build made, even after a failed build since.
        Publication publication = new Publication(today, options.drafts(), options.future());
        BuildState previous = last != null && last.canRebuild(root, output, shared, publication) && Files.isDirectory(output)
                ? last : null;

        timer.done("data");
        // An edit of files the last build knew leaves the list of files as it was: no scan.
        boolean sameFiles = previous != null && previous.hasFilesOf(root, since);
        ContentScanner.Result scan = sameFiles ? previous.scan() : new ContentScanner(root, problems).scan();
        timer.done("scan content/");
        PageGlobals globals = PageGlobals.of(data, publication, InlineScripts.read(root, problems), SiteImages.of(root));
        Urls urls = globals.urls();
        StagingArea staging = output != null && previous == null ? StagingArea.beside(output) : null;
        if (previous == null) {
            rebuildWriter = null;
        } else if (rebuildWriter == null) {
            rebuildWriter = new PageWriter(root, catalogue.templates(), catalogue.extensions(), null);
        }
        PageWriter writer = previous != null ? rebuildWriter : new PageWriter(root, catalogue.templates(),
                catalogue.extensions(), staging == null ? null : staging.folder());
        OutputTarget.Memory memory = previous != null ? new OutputTarget.Memory(writer) : null;
        OutputTarget target = staging != null ? OutputTarget.folder(writer, staging.folder())
                : memory != null ? memory : OutputTarget.discard(writer);
        try {
            // The bodies' text, taken while they are rendered, is kept for this build's search index only.
            BodyTexts texts = new BodyTexts();
            List<DocumentOutcome> outcomes = processDocuments(root, data, scan, urls, publication, target, previous,
                    since.known() && !since.folders() ? since : null, texts);
            List<Document> documents = new ArrayList<>();
            Set<Path> published = new HashSet<>();
            int made = 0;
            for (DocumentOutcome outcome : outcomes) {
                problems.addAll(outcome.errors(), outcome.warnings());
                if (outcome.document() != null) {
                    documents.add(outcome.document());
                }
                published.addAll(outcome.published());
            }
            timer.done("documents");
            // Every page and file made from the whole site depends on the documents' front matter
            // (and the attachment index on the files' sizes): when only Markdown files changed and
            // none in its front matter (a body edit), they are all as the last build made them.
            // Otherwise the catalogue plans again the families the changed documents reach.
            boolean onlyMarkdown = previous != null && since.known() && onlyDocumentsChanged(root, since, previous);
            boolean samePlan = sameFiles && onlyMarkdown && sameDocuments(outcomes, previous);
            // A rebuild updates the last index in place: unchanged documents keep their derived facts and places.
            SiteIndex site = samePlan ? previous.site()
                    : SiteIndex.updated(previous == null ? null : previous.site(), data, documents, publication, bodies(outcomes),
                            DocumentOutcome.eventsMade(outcomes), addresses(outcomes));
            List<DocumentChange> changed = previous == null ? null : changes(outcomes, previous, publication);
            Catalogue.Plan plan = samePlan ? previous.plan()
                    : catalogue.plan(site, today, urls, previous == null ? null : previous.plan(), changed, !onlyMarkdown);
            List<Product> products = plan.all();
            List<PlannedPage> generated = samePlan ? List.copyOf(previous.generated().values()) : pagesOf(products);
            // The last build's addresses did not clash; with the same documents at the same addresses and
            // the same planned paths (a title edit) they still do not.
            if (!samePlan && !(sameFiles && samePlaces(outcomes, previous) && plan.samePaths(previous.plan()))) {
                AddressCheck.check(site, generated, problems);
            }
            for (DocumentOutcome outcome : outcomes) {
                DocumentLinkCheck.check(outcome.source().sourcePath(), outcome.document(), outcome.documentLinks(), site,
                        problems);
            }
            timer.done("index and plan");

            // Document pages are rendered here, not while reading, because 上一篇/下一篇 need the site index.
            // A rebuild places again only the documents made again and the neighbours of those that changed.
            Set<String> neighbours = changed == null ? null : neighboursOf(changed, previous.site(), site);
            List<PlannedPage> documentPages = new ArrayList<>();
            for (DocumentOutcome outcome : outcomes) {
                if (outcome.page() != null) {
                    PlannedPage placed = previous == null ? null : previous.generated().get(outcome.page().outputPath());
                    boolean kept = placed != null && previous.documents().get(outcome.source().file()) == outcome
                            && !neighbours.contains(outcome.document().sourcePath())
                            && DocumentPages.topicsStillLinked(placed, site);
                    documentPages.add(kept ? placed : DocumentPages.placed(outcome.page(), site));
                }
            }
            documentPages.parallelStream()
                    .filter(page -> previous == null || changedPage(page, previous.generated().get(page.outputPath())))
                    .forEach(page -> Outputs.page(target, globals, page, problems));
            timer.done("document pages");

            AtomicInteger count = new AtomicInteger();
            Map<String, PlannedPage> pagesMade = new HashMap<>();
            Map<String, Object> fileInputs = new HashMap<>();
            List<OutputFile> files = new ArrayList<>();
            if (samePlan) {
                pagesMade.putAll(previous.generated());
                fileInputs.putAll(previous.files());
            } else if (!problems.hasErrors()) {
                products.stream().filter(product -> !(product instanceof PlannedPage)).forEach(product -> {
                    if (product instanceof OutputFile file) {
                        files.add(file);
                    } else {
                        throw new IllegalStateException("a family made from the whole site can make pages and files, not "
                                + product.getClass().getSimpleName() + " (" + product.path() + ")");
                    }
                });
                generated.parallelStream()
                        .filter(page -> previous == null || changedPage(page, previous.generated().get(page.outputPath())))
                        .forEach(page -> {
                            if (Outputs.page(target, globals, page, problems)) {
                                count.incrementAndGet();
                            }
                        });
                timer.done("generated pages");
                files.parallelStream()
                        .filter(file -> previous == null || file.inputs() == null
                                || !Objects.equals(file.inputs(), previous.files().get(file.path())))
                        .forEach(file -> Outputs.file(target, file, problems));
                timer.done("generated files");
                generated.forEach(page -> pagesMade.put(page.outputPath(), page));
                files.forEach(file -> fileInputs.put(file.path(), file.inputs()));
            }
            if (!problems.hasErrors()) {
                // The search index reads the bodies, so a body edit (the same plan) reaches it too.
                List<OutputFile> search = searchFiles.files(documentPages, urls, texts);
                search.parallelStream()
                        .filter(file -> previous == null || !file.inputs().equals(previous.files().get(file.path())))
                        .forEach(file -> Outputs.file(target, file, problems));
                search.forEach(file -> fileInputs.put(file.path(), file.inputs()));
                files.addAll(search);
                timer.done("search index");
            }
            // Also after a body edit: the next rebuild compares each document page with what it is now.
            documentPages.forEach(page -> pagesMade.put(page.outputPath(), page));
            // The last build found every bundle file published; with the same files, bundles and published files still so.
            if (!(sameFiles && sameBundles(outcomes, previous))) {
                UnreferencedFileCheck.check(root, scan.bundleFiles(), site, published, problems);
            }
            List<String> assets = previous != null ? previous.assets()
                    : AssetCopier.copy(root, staging != null ? target : null, problems);
            timer.done("checks and assets");

            if (problems.hasErrors()) {
                throw new BuildFailedException(TemplateMistakes.collapse(problems.errors()), problems.warnings());
            }
            for (DocumentOutcome outcome : outcomes) {
                if (!outcome.outputs().isEmpty()) {
                    made++;
                }
            }
            Set<String> outputs = samePlan ? outputsAfter(previous, outcomes)
                    : outputsOf(outcomes, generated, files, assets);
            last = null;
            if (staging != null) {
                staging.publish();
            } else if (memory != null) {
                memory.writeTo(output);
                removeStale(output, previous.outputs(), outputs);
            }
            timer.done("publish");
            if (output != null) {
                Map<Path, DocumentOutcome> byFile = new HashMap<>();
                outcomes.forEach(outcome -> byFile.put(outcome.source().file(), outcome));
                last = new BuildState(root, output, shared, publication, data, dataWarnings,
                        byFile, pagesMade, fileInputs, plan, assets, outputs, scan, site,
                        knownFiles(scan, sameFiles ? previous : null));
            }
            unbuilt = SourceChanges.none();
            int written = memory != null ? memory.count() : output == null ? 0 : made + count.get();
            List<String> drafts = site.drafts().stream().map(Document::sourcePath).toList();
            List<BuildResult.Scheduled> scheduled = site.scheduled().stream()
                    .map(d -> new BuildResult.Scheduled(d.sourcePath(), d.date())).toList();
            if (staging != null) {
                staging.close();
            }
            return new BuildResult(site.published().size(), written, publishedFiles(outcomes, site), drafts,
                    problems.warnings(), previous != null, today, scheduled);
        } catch (Throwable failure) {
            // Workers of a parallel step may still be writing when one of them failed (a full disk),
            // so removing the staging folder can fail as well: the first failure is the one to report,
            // and the next build clears the leftover.
            if (staging != null) {
                try {
                    staging.close();
                } catch (IOException | RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    /**
     * Reads and checks every Markdown file, renders its body and plans its page, in parallel; in a
     * rebuild, files whose fingerprint is unchanged keep their previous outcome.
     */
    private List<DocumentOutcome> processDocuments(Path root, SiteData data, ContentScanner.Result scan, Urls urls,
                                                   Publication publication, OutputTarget target, BuildState previous,
                                                   SourceChanges watched, BodyTexts texts) {
        Map<Path, String> pageOfFile = new HashMap<>();
        for (ContentFile file : scan.documents()) {
            pageOfFile.put(file.file(), file.url());
        }
        Map<Path, List<Path>> bundleFiles = new HashMap<>();
        for (ContentFile file : scan.documents()) {
            if (file.bundle() != null) {
                bundleFiles.put(file.bundle(), new ArrayList<>());
            }
        }
        for (Path file : scan.bundleFiles()) {
            Path bundle = ContentFile.owningBundle(file, bundleFiles.keySet());
            if (bundle != null) {
                bundleFiles.get(bundle).add(file);
            }
        }
        BodyContext.PageLookup pages = pageOfFile::get;
        DocumentContext.Build build = new DocumentContext.Build(data, urls, publication.day());
        DocumentStep step = new DocumentStep(root, data, bodies, pages, catalogue.perDocument(), build, target, publication,
                texts);
        return scan.documents().parallelStream().map(file -> {
            DocumentOutcome before = previous == null ? null : previous.documents().get(file.file());
            boolean touched = watched == null || touches(file, watched);
            if (before != null && before.source().equals(file) && !touched) {
                return before; // the watcher saw no change to it: not even its fingerprint is needed
            }
            List<Path> signed = new ArrayList<>();
            signed.add(file.file());
            if (file.bundle() != null) {
                signed.addAll(bundleFiles.get(file.bundle()));
            }
            List<String> fingerprint = Fingerprints.of(signed);
            if (before != null && before.source().equals(file) && before.fingerprint().equals(fingerprint) && watched == null) {
                return before;
            }
            return step.process(file, fingerprint);
        }).toList();
    }

    private static List<PlannedPage> pagesOf(List<Product> products) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Product product : products) {
            if (product instanceof PlannedPage page) {
                pages.add(page);
            }
        }
        return pages;
    }

    /**
     * Every published document that came, went or changed its front matter since the last build:
     * what the catalogue's declared inputs are asked about.
     */
    private static List<DocumentChange> changes(List<DocumentOutcome> outcomes, BuildState previous, Publication publication) {
        List<DocumentChange> changes = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (DocumentOutcome outcome : outcomes) {
            present.add(outcome.source().file());
            DocumentOutcome before = previous.documents().get(outcome.source().file());
            if (before != outcome) {
                DocumentChange change = DocumentChange.of(published(before == null ? null : before.document(), publication),
                        published(outcome.document(), publication), before == null || !body(outcome).equals(body(before)));
                if (!change.none()) {
                    changes.add(change);
                }
            }
        }
        for (Map.Entry<Path, DocumentOutcome> gone : previous.documents().entrySet()) {
            Document before = published(gone.getValue().document(), publication);
            if (!present.contains(gone.getKey()) && before != null) {
                changes.add(DocumentChange.of(before, null));
            }
        }
        return changes;
    }

    private static Document published(Document document, Publication publication) {
        return document != null && publication.publishes(document) ? document : null;
    }

    /** The documents whose 上一篇 or 下一篇 a change may alter: those next to each changed one, before and after. */
    private static Set<String> neighboursOf(List<DocumentChange> changes, SiteIndex before, SiteIndex after) {
        Set<String> sources = new HashSet<>();
        for (DocumentChange change : changes) {
            addNeighbours(sources, change.before() == null ? null : before.neighbours(change.before()));
            addNeighbours(sources, change.after() == null ? null : after.neighbours(change.after()));
        }
        return sources;
    }

    private static void addNeighbours(Set<String> sources, Neighbours neighbours) {
        if (neighbours != null) {
            for (Document document : java.util.Arrays.asList(neighbours.previous(), neighbours.next())) {
                if (document != null) {
                    sources.add(document.sourcePath());
                }
            }
        }
    }

    /** True when a page differs from the one made last time (the same object is the same page). */
    private static boolean changedPage(PlannedPage page, PlannedPage before) {
        return page != before && !page.equals(before);
    }

    /** True when a change is in the document's file or in its bundle. */
    private static boolean touches(ContentFile file, SourceChanges changes) {
        if (changes.files().contains(file.file())) {
            return true;
        }
        if (file.bundle() != null) {
            for (Path changed : changes.files()) {
                if (changed.startsWith(file.bundle())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean touchesShared(Path root, SourceChanges changes) {
        for (String folder : SHARED_FOLDERS) {
            if (changes.touch(root.resolve(folder))) {
                return true;
            }
        }
        return false;
    }

    /** True when every changed file under {@code content/} is a document's Markdown file, not a bundle file. */
    private static boolean onlyDocumentsChanged(Path root, SourceChanges changes, BuildState previous) {
        Path content = root.resolve("content");
        for (Path file : changes.files()) {
            if (file.startsWith(content) && !previous.documents().containsKey(file)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every document made again has the front matter and the body it had in the last
     * build: the feeds carry the full text, so a body edit reaches them too.
     */
    private static boolean sameDocuments(List<DocumentOutcome> outcomes, BuildState previous) {
        for (DocumentOutcome outcome : outcomes) {
            DocumentOutcome before = previous.documents().get(outcome.source().file());
            if (before != outcome && (before == null || outcome.document() == null
                    || !outcome.document().equals(before.document()) || !body(outcome).equals(body(before)))) {
                return false;
            }
        }
        return true;
    }

    /** True when every document made again is at the address it had, or still has none (a mistake). */
    private static boolean samePlaces(List<DocumentOutcome> outcomes, BuildState previous) {
        for (DocumentOutcome outcome : outcomes) {
            DocumentOutcome before = previous.documents().get(outcome.source().file());
            if (before != outcome && (before == null || outcome.document() == null || before.document() == null
                    || !outcome.document().url().equals(before.document().url()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every document made again has the bundle, the draft status and the published bundle
     * files it had: what the check of unreferenced bundle files reads of it.
     */
    private static boolean sameBundles(List<DocumentOutcome> outcomes, BuildState previous) {
        for (DocumentOutcome outcome : outcomes) {
            DocumentOutcome before = previous.documents().get(outcome.source().file());
            if (before != outcome && (before == null || outcome.document() == null || before.document() == null
                    || !Objects.equals(outcome.document().bundle(), before.document().bundle())
                    || outcome.document().draft() != before.document().draft()
                    || !outcome.published().equals(before.published()))) {
                return false;
            }
        }
        return true;
    }

    /** The sanitised body of each document with a page, for the outputs that carry full text. */
    private static Map<Path, String> bodies(List<DocumentOutcome> outcomes) {
        Map<Path, String> bodies = new HashMap<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.document() != null && outcome.page() != null) {
                bodies.put(outcome.document().file(), body(outcome));
            }
        }
        return bodies;
    }

    /** Where the addresses stand in each body that the body renderer wrote from flexmark's tree, for the feeds. */
    private static Map<Path, BodyAddresses> addresses(List<DocumentOutcome> outcomes) {
        Map<Path, BodyAddresses> addresses = new HashMap<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.document() != null && outcome.page() != null && outcome.page().model() instanceof DocumentPage page
                    && page.body().addresses() != null) {
                addresses.put(outcome.document().file(), page.body().addresses());
            }
        }
        return addresses;
    }

    private static String body(DocumentOutcome outcome) {
        return outcome.page() != null && outcome.page().model() instanceof DocumentPage page ? page.body().html() : "";
    }

    /** The last build's outputs, with those of each document made again replaced by its new ones. */
    private static Set<String> outputsAfter(BuildState previous, List<DocumentOutcome> outcomes) {
        Set<String> outputs = new HashSet<>(previous.outputs());
        for (DocumentOutcome outcome : outcomes) {
            DocumentOutcome before = previous.documents().get(outcome.source().file());
            if (before != outcome) {
                outputs.removeAll(before.outputs());
            }
        }
        for (DocumentOutcome outcome : outcomes) {
            outputs.addAll(outcome.outputs());
        }
        return outputs;
    }

    /** Every file under {@code content/} the scan found; the last one's when the scan was reused. */
    private static Set<Path> knownFiles(ContentScanner.Result scan, BuildState reused) {
        if (reused != null) {
            return reused.knownFiles();
        }
        Set<Path> files = new HashSet<>(scan.bundleFiles());
        scan.documents().forEach(document -> files.add(document.file()));
        return Set.copyOf(files);
    }

    private static Set<String> outputsOf(List<DocumentOutcome> outcomes, List<PlannedPage> generated, List<OutputFile> files,
                                         List<String> assets) {
        Set<String> outputs = new HashSet<>(assets);
        outcomes.forEach(outcome -> outputs.addAll(outcome.outputs()));
        generated.forEach(page -> outputs.add(page.outputPath()));
        files.forEach(file -> outputs.add(file.path()));
        return outputs;
    }

    /** Removes what the previous build published and this one did not, and folders left empty. */
    private static void removeStale(Path output, Set<String> before, Set<String> now) throws IOException {
        for (String path : before) {
            if (now.contains(path)) {
                continue;
            }
            Path file = output.resolve(path);
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && folder.startsWith(output) && !folder.equals(output);
                 folder = folder.getParent()) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    if (entries.iterator().hasNext()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        }
    }

    /** The bundle files of the documents this build publishes (a held-back document's are checked, not counted). */
    private static int publishedFiles(List<DocumentOutcome> outcomes, SiteIndex site) {
        Set<Path> files = new HashSet<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.document() != null && site.publication().publishes(outcome.document())) {
                files.addAll(outcome.published());
            }
        }
        return files.size();
    }

    /**
     * What the last successful build made, for the next rebuild.
     *
     * @param shared     fingerprints of {@code data/}, {@code templates/} and {@code assets/}
     * @param data       the data files as read
     * @param dataWarnings what reading them warned about
     * @param documents  each Markdown file's outcome
     * @param generated  the pages made from the whole site, by path
     * @param files      the inputs of each generated file, by path
     * @param plan       what each whole-site family of the catalogue planned
     * @param assets     the published asset paths
     * @param outputs    every path the site holds
     * @param scan       the files under {@code content/}
     * @param site       the index of the documents
     * @param knownFiles every file of {@code scan}
     */
    private record BuildState(Path root, Path output, List<String> shared, Publication publication, SiteData data,
                              List<Problem> dataWarnings, Map<Path, DocumentOutcome> documents,
                              Map<String, PlannedPage> generated, Map<String, Object> files, Catalogue.Plan plan,
                              List<String> assets, Set<String> outputs, ContentScanner.Result scan, SiteIndex site,
                              Set<Path> knownFiles) {

        /**
         * True when the changes leave the files under {@code content/} as this build found them:
         * each changed file there is one it knew and still a plain file (an edit, or a save
         * through a temporary file renamed over it), and no folder changed.
         */
        boolean hasFilesOf(Path root, SourceChanges changes) {
            if (!changes.known() || changes.folders()) {
                return false;
            }
            Path content = root.resolve("content");
            for (Path file : changes.files()) {
                if (file.startsWith(content)
                        && (!knownFiles.contains(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))) {
                    return false;
                }
            }
            return true;
        }

        boolean canRebuild(Path root, Path output, List<String> shared, Publication publication) {
            return output != null && this.root.equals(root) && Objects.equals(this.output, output)
                    && this.shared.equals(shared) && this.publication.equals(publication);
        }
    }
}
