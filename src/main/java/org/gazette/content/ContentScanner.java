package org.gazette.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.validation.Problems;

/**
 * Walks {@code content/} and sorts every file into a document, a file of a document's bundle, or a
 * mistake. Nothing is skipped silently: a symbolic link, a file outside any bundle that is not
 * Markdown, or a Markdown file inside another document's bundle is reported. Hidden files (names
 * starting with a dot), the lock files of open Word/WPS documents ({@code ~$…}), backup files ending
 * in {@code ~} and the thumbnail files operating systems drop everywhere are ignored, as the
 * editor's guide says.
 */
public final class ContentScanner {

    private static final Set<String> SYSTEM_FILES = Set.of("Thumbs.db", "desktop.ini", "ehthumbs.db");

    private final Path siteRoot;
    private final Path contentRoot;
    private final Problems problems;

    /** What the scan found. {@code bundleFiles} are candidates for publishing, checked later against references. */
    public record Result(List<ContentFile> documents, List<Path> bundleFiles) {
    }

    public ContentScanner(Path siteRoot, Problems problems) {
        this.siteRoot = siteRoot;
        this.contentRoot = siteRoot.resolve("content");
        this.problems = problems;
    }

    public Result scan() {
        List<ContentFile> documents = new ArrayList<>();
        List<Path> bundleFiles = new ArrayList<>();
        if (!Files.isDirectory(contentRoot)) {
            problems.error("content", 0, null, "找不到 content/ 文件夹", "在站点根目录下建立 content/，把文档放进去");
            return new Result(documents, bundleFiles);
        }
        try {
            Files.walkFileTree(contentRoot, new SimpleFileVisitor<>() {
                private final List<Path> bundles = new ArrayList<>();

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(contentRoot) && isIgnored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path index = dir.resolve("index.md");
                    if (!dir.equals(contentRoot) && Files.isRegularFile(index, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Path owner = currentBundle(dir);
                        if (owner != null) {
                            problems.error(relative(index), 0, null, "文档文件夹里又套了一个文档文件夹（" + relative(owner) + "/）",
                                    "把这个文件夹移到 " + relative(owner) + "/ 外面，与它平级");
                            // Its files belong to neither document; one message about the folder is enough.
                            return FileVisitResult.SKIP_SUBTREE;
                        } else {
                            bundles.add(dir);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    bundles.remove(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isIgnored(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        problems.error(relative(file), 0, null, "这是一个符号链接，出于安全原因不会发布",
                                "用真实文件代替链接，或把它移出 content/");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        problems.error(relative(file), 0, null, "这不是普通文件，不会发布", "把它移出 content/");
                        return FileVisitResult.CONTINUE;
                    }
                    Path bundle = currentBundle(file.getParent());
                    String name = file.getFileName().toString();
                    if (bundle != null) {
                        if (file.equals(bundle.resolve("index.md"))) {
                            documents.add(document(file, bundle));
                        } else if (file.getParent().equals(bundle) && name.equalsIgnoreCase("index.html")) {
                            problems.error(relative(file), 0, null, "文档文件夹里的文件不能叫 index.html，它会与文档的网页重名",
                                    "给这个文件换个名字，例如 附件.html");
                        } else {
                            bundleFiles.add(file);
                        }
                    } else if (name.endsWith(".md")) {
                        documents.add(document(file, null));
                    } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") || name.endsWith(".markdown")) {
                        problems.error(relative(file), 0, null, "Markdown 文档的扩展名必须是小写的 .md",
                                "把文件改名为 " + name.substring(0, name.lastIndexOf('.')) + ".md");
                    } else {
                        problems.error(relative(file), 0, null, "这个文件不属于任何文档，不会发布",
                                "把它放进引用它的文档文件夹（含 index.md 的文件夹），并在该文档的 attachments 中声明");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    throw org.gazette.validation.EnvironmentFailure.at("读取", file, exc);
                }

                private Path currentBundle(Path dir) {
                    for (Path bundle : bundles) {
                        if (dir.startsWith(bundle)) {
                            return bundle;
                        }
                    }
                    return null;
                }
            });
        } catch (IOException e) {
            throw org.gazette.validation.EnvironmentFailure.at("读取", contentRoot, e);
        }
        documents.sort(java.util.Comparator.comparing(ContentFile::sourcePath));
        bundleFiles.sort(null);
        return new Result(documents, bundleFiles);
    }

    /** Hidden files and operating-system clutter are never content. */
    static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        // "~$报告.docx" is the lock file Word and WPS leave while a document is open.
        return name.startsWith(".") || name.startsWith("~$") || SYSTEM_FILES.contains(name) || name.endsWith("~");
    }

    private ContentFile document(Path file, Path bundle) {
        Path relative = contentRoot.relativize(bundle != null ? bundle : file);
        String path = relative.toString().replace('\\', '/');
        String url;
        if (bundle != null) {
            url = path + "/";
        } else {
            String stem = path.substring(0, path.length() - ".md".length());
            url = stem.equals("index") ? "" : stem.endsWith("/index") ? stem.substring(0, stem.length() - "index".length()) : stem + "/";
        }
        String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return new ContentFile(relative(file), file, bundle, url, DocumentType.fromFolder(top));
    }

    private String relative(Path file) {
        return siteRoot.relativize(file).toString().replace('\\', '/');
    }
}
