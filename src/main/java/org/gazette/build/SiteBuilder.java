package org.gazette.build;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.content.Attachment;
import org.gazette.content.ContentFile;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.FrontMatter;
import org.gazette.content.SiteData;
import org.gazette.markup.BodyContext;
import org.gazette.markup.BodyRenderer;
import org.gazette.markup.RenderedBody;
import org.gazette.outputs.FileSource;
import org.gazette.outputs.OutputFile;
import org.gazette.outputs.TableDownloads;
import org.gazette.pages.DocumentPageBuilder;
import org.gazette.pages.DocumentPage;
import org.gazette.pages.DocumentPages;
import org.gazette.pages.Formats;
import org.gazette.pages.PagePlanner;
import org.gazette.pages.PlannedPage;
import org.gazette.render.PageWriter;
import org.gazette.site.BuildDay;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problems;

/**
 * Builds a site: reads and checks every source, then renders every page and publishes every file.
 * With no output folder it only checks, rendering no templates and writing nothing.
 */
public final class SiteBuilder {

    private final PagePlanner planner;
    private final List<FileSource> fileSources;
    private final BodyRenderer bodies = new BodyRenderer();

    public SiteBuilder(PagePlanner planner, List<FileSource> fileSources) {
        this.planner = planner;
        this.fileSources = List.copyOf(fileSources);
    }

    /** A builder with every page family and file kind of a Gazette site. */
    public SiteBuilder() {
        this(PagePlanner.standard(), FileSources.standard());
    }

    /**
     * Runs the build.
     *
     * @throws BuildFailedException with every problem found, when the sources have mistakes; the
     *                              output folder is then left exactly as it was
     */
    public BuildResult build(BuildOptions options) throws BuildFailedException, IOException {
        Path root = options.source().toAbsolutePath().normalize();
        Problems problems = new Problems();
        if (options.writes()) {
            checkOutputIsSafe(root, options.output().toAbsolutePath().normalize());
        }

        SiteData data = new DataReader(root, problems).read();
        ContentScanner.Result scan = new ContentScanner(root, problems).scan();
        DocumentReader reader = new DocumentReader(root, data, problems);
        List<Document> documents = scan.documents().parallelStream().map(reader::read).filter(Objects::nonNull).toList();
        SiteIndex site = new SiteIndex(data, documents);
        LocalDate today = options.today() != null ? options.today() : BuildDay.resolve(data.site().timezone());
        List<PlannedPage> generated = planner.plan(site, today);
        checkAddresses(site, generated, problems);

        // Pages are rendered only for a site without mistakes; a check renders them too, into nothing,
        // so that passing `check` means `build` passes.
        boolean render = !problems.hasErrors();
        StagingArea staging = options.writes() ? StagingArea.beside(options.output()) : null;
        try {
            Path out = staging == null ? null : staging.folder();
            PageWriter writer = render ? new PageWriter(root, PagePlanner.TEMPLATES, PagePlanner.EXTENSIONS, out) : null;
            Map<String, Object> common = commonData(data, today);
            PublishedFiles files = new PublishedFiles();
            AtomicInteger pages = new AtomicInteger();
            Output output = render ? new Output(writer, common, out, pages,
                    new DocumentPageBuilder((Urls) common.get("urls"), today, data.site().timezone(), problems)) : null;
            publishDocuments(root, site, output, today, problems, files);
            if (render) {
                generated.parallelStream().forEach(page -> writePage(writer, common, page, problems, pages));
                Urls urls = (Urls) common.get("urls");
                List<OutputFile> outputs = new ArrayList<>();
                for (FileSource source : fileSources) {
                    outputs.addAll(source.files(site, today, urls));
                }
                outputs.parallelStream().forEach(file -> writeFile(out, file, problems));
            }
            checkUnreferencedFiles(root, scan, site, files, problems);
            AssetCopier.copy(root, out, problems, out != null && !problems.hasErrors());
            BuildResult result = finish(problems, site, out == null ? 0 : pages.get(), files.count());
            if (staging != null) {
                staging.publish();
            }
            return result;
        } finally {
            if (staging != null) {
                staging.close();
            }
        }
    }

    private static BuildResult finish(Problems problems, SiteIndex site, int pages, int files) throws BuildFailedException {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.errors(), problems.warnings());
        }
        List<String> drafts = site.drafts().stream().map(Document::sourcePath).toList();
        return new BuildResult(site.published().size(), pages, files, drafts, problems.warnings());
    }

    /** How documents are rendered; {@code folder} is null when checking (nothing is written). */
    private record Output(PageWriter writer, Map<String, Object> common, Path folder, AtomicInteger count,
                          DocumentPageBuilder pages) {
    }

    /** Bundle files published so far, shared by the parallel document workers. */
    private static final class PublishedFiles {
        private final Set<Path> paths = ConcurrentHashMap.newKeySet();

        boolean add(Path file) {
            return paths.add(file);
        }

        boolean contains(Path file) {
            return paths.contains(file);
        }

        int count() {
            return paths.size();
        }
    }

    private void publishDocuments(Path root, SiteIndex site, Output output, LocalDate today, Problems problems,
                                  PublishedFiles files) {
        BodyContext.PageLookup pages = markdown -> {
            Document target = site.atFile(markdown);
            return target == null ? null : target.url();
        };
        site.published().parallelStream().forEach(document -> {
            Problems.Scope scope = problems.in(document.sourcePath());
            FrontMatter parts = new DocumentReader(root, site.data(), problems)
                    .split(new ContentFile(document.sourcePath(), document.file(), document.bundle(), document.url(), document.type()));
            if (parts == null) {
                return;
            }
            List<Attachment> tables = document.attachments().stream().filter(Attachment::table).toList();
            BodyContext context = new BodyContext(root, document.file(), document.bundle(), parts.bodyFirstLine(), tables,
                    pages, site.data().site().basePath(), scope);
            RenderedBody body = bodies.render(parts.body(), context);
            List<Path> toPublish = new ArrayList<>(body.linkedFiles());
            for (Attachment attachment : document.attachments()) {
                if (attachment.isFile()) {
                    toPublish.add(document.bundle().resolve(attachment.file()).normalize());
                }
            }
            for (Path file : toPublish) {
                if (files.add(file) && output != null && output.folder() != null) {
                    copyBundleFile(document, file, output.folder(), problems);
                }
            }
            if (output == null) {
                return;
            }
            List<TableDownloads.Download> downloads = TableDownloads.of(document, body.tables());
            for (TableDownloads.Download download : downloads) {
                writeFile(output.folder(), download.file(document.sourcePath()), problems);
            }
            DocumentPage model = output.pages().build(document, body, downloads);
            PlannedPage page = new PlannedPage(DocumentPages.kind(document), PlannedPage.indexFile(document.url()),
                    DocumentPages.meta(document), model, document.sourcePath());
            writePage(output.writer(), output.common(), page, problems, output.count());
        });
    }

    private static void writeFile(Path out, OutputFile file, Problems problems) {
        if (out == null) {
            try {
                file.content().writeTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                problems.error(file.origin(), 0, null, "无法生成 /" + file.path() + "：" + e.getMessage(), "请联系网站开发人员");
            }
            return;
        }
        Path destination = out.resolve(file.path());
        try {
            Files.createDirectories(destination.getParent());
            try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(destination,
                    java.nio.file.StandardOpenOption.CREATE_NEW))) {
                file.content().writeTo(stream);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            problems.error(file.origin(), 0, null, "与其他页面或文件发布到同一个地址 /" + file.path(), "换一个文件名或文件夹名");
        } catch (IOException | RuntimeException e) {
            problems.error(file.origin(), 0, null, "无法生成 /" + file.path() + "：" + e.getMessage(), "请联系网站开发人员");
        }
    }

    private static void copyBundleFile(Document document, Path file, Path out, Problems problems) {
        Path destination = out.resolve(document.url()).resolve(document.bundle().relativize(file).toString());
        try {
            Files.createDirectories(destination.getParent());
            Files.copy(file, destination);
        } catch (IOException e) {
            problems.error(document.sourcePath(), 0, "attachments", "无法复制文件 " + file.getFileName() + "：" + e.getMessage(),
                    "检查文件是否可读");
        }
    }

    private static void writePage(PageWriter writer, Map<String, Object> common, PlannedPage page, Problems problems,
                                  AtomicInteger pages) {
        Map<String, Object> data = new HashMap<>(common);
        data.put("meta", page.meta());
        data.put("page", page.model());
        try {
            writer.write(page.kind(), page.outputPath(), data);
            pages.incrementAndGet();
        } catch (Exception e) {
            reportRenderingFailure(page, e, problems);
        }
    }

    /** A template mistake is reported at the template's line, naming the page that exposed it. */
    private static void reportRenderingFailure(PlannedPage page, Exception failure, Problems problems) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof TemplateException) && !(cause instanceof ParseException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TemplateException t) {
            String template = t.getTemplateSourceName() == null ? "templates" : "templates/" + t.getTemplateSourceName();
            int line = t.getLineNumber() == null ? 0 : t.getLineNumber();
            problems.error(template, line, null, "模板出错（渲染 " + page.origin() + " 时）：" + firstLine(t.getMessageWithoutStackTop()),
                    "这是模板问题，请联系网站开发人员");
        } else if (cause instanceof ParseException p) {
            problems.error("templates/" + p.getTemplateName(), p.getLineNumber(), null, "模板语法错误：" + firstLine(p.getEditorMessage()),
                    "这是模板问题，请联系网站开发人员");
        } else {
            problems.error(page.origin(), 0, null, "页面生成失败：" + failure, "请联系网站开发人员");
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static Map<String, Object> commonData(SiteData data, LocalDate today) {
        Map<String, Object> common = new HashMap<>();
        common.put("site", data.site());
        common.put("agencies", data.agencies());
        common.put("urls", new Urls(data.site().baseUrl(), data.site().basePath()));
        common.put("fmt", new Formats());
        common.put("today", today);
        return Collections.unmodifiableMap(common);
    }

    /**
     * Two pages must never be written to the same address, whether two documents or a document and a
     * generated page. Compared without case, since editors' Windows and macOS disks ignore it.
     */
    private static void checkAddresses(SiteIndex site, List<PlannedPage> generated, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        for (PlannedPage page : generated) {
            taken.put(page.outputPath().toLowerCase(Locale.ROOT), page.origin());
        }
        taken.put("assets/", "assets/ 文件夹");
        List<Document> all = new ArrayList<>(site.published());
        all.addAll(site.drafts());
        all.sort(java.util.Comparator.comparing(Document::sourcePath));
        for (Document document : all) {
            String output = PlannedPage.indexFile(document.url()).toLowerCase(Locale.ROOT);
            String clash = taken.get(output);
            String folder = document.url().toLowerCase(Locale.ROOT);
            if (clash == null && folder.endsWith("/")) {
                // A page folder named like a generated file (content/feed.xml.md → feed.xml/) cannot coexist with it.
                clash = taken.get(folder.substring(0, folder.length() - 1));
            }
            if (clash == null && folder.startsWith("assets/")) {
                clash = "assets/ 文件夹";
            }
            if (clash != null) {
                String address = "/" + document.url();
                problems.error(document.sourcePath(), 0, null, "与“" + clash + "”发布到同一个地址 " + address,
                        clash.startsWith("content/") ? "给其中一个文档换个文件名或文件夹名" : "这个地址留给网站自动生成的页面，请换个文件名或文件夹名");
            } else {
                taken.put(output, document.sourcePath());
            }
        }
    }

    /**
     * Every file in a published document's bundle is either published (declared or linked) or
     * reported. Bundles of drafts and of documents with mistakes are left alone.
     */
    private static void checkUnreferencedFiles(Path root, ContentScanner.Result scan, SiteIndex site,
                                               PublishedFiles published, Problems problems) {
        Map<Path, Document> byBundle = new HashMap<>();
        for (Document document : site.published()) {
            if (document.bundle() != null) {
                byBundle.put(document.bundle(), document);
            }
        }
        for (Path file : scan.bundleFiles()) {
            Path bundle = owningBundle(file, byBundle.keySet());
            if (bundle == null || published.contains(file)) {
                continue;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            problems.error(name, 0, null, "这个文件既没有在 attachments 中声明，也没有在正文中链接，不会发布",
                    "在 " + byBundle.get(bundle).sourcePath() + " 的 attachments 中添加 file: "
                            + bundle.relativize(file).toString().replace('\\', '/') + "，或删除这个文件");
        }
    }

    private static Path owningBundle(Path file, Set<Path> bundles) {
        for (Path cursor = file.getParent(); cursor != null; cursor = cursor.getParent()) {
            if (bundles.contains(cursor)) {
                return cursor;
            }
        }
        return null;
    }

    /** Refuses an output folder whose replacement would destroy sources. */
    private static void checkOutputIsSafe(Path root, Path output) throws IOException {
        for (String folder : List.of("content", "data", "templates", "assets", "src")) {
            if (output.startsWith(root.resolve(folder))) {
                throw new IOException("输出目录 " + output + " 在源文件夹 " + folder + "/ 里面，会覆盖源文件；请换一个输出目录（例如 target/site）");
            }
        }
        if (root.startsWith(output)) {
            throw new IOException("输出目录 " + output + " 包含站点源文件，每次构建都会整体替换输出目录；请换一个输出目录（例如 target/site）");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("输出路径 " + output + " 已存在且不是文件夹");
        }
    }
}
