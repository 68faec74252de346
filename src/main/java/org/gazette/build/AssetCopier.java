package org.gazette.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gazette.minify.AssetMinifier;
import org.gazette.minify.MinifiedCache;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.InlineScripts;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problems;

/**
 * Publishes {@code assets/} as {@code /assets/} of the site, stylesheets and scripts minified
 * ({@link AssetMinifier}, kept between builds by {@link MinifiedCache}), everything else byte for byte, except
 * {@link InlineScripts#ELDER_BOOT}, which pages carry inline. A symbolic link is reported and not
 * followed: nothing outside the source tree may reach the published site.
 */
final class AssetCopier {

    private static final MinifiedCache CACHE = MinifiedCache.standard();

    private AssetCopier() {
    }

    /**
     * @param target where the files go, or null to only check them
     * @return the published paths, below the site root
     */
    static List<String> copy(Path siteRoot, OutputTarget target, Problems problems) throws IOException {
        Path assets = siteRoot.resolve("assets");
        List<String> paths = new ArrayList<>();
        if (!Files.isDirectory(assets)) {
            return paths;
        }
        Files.walkFileTree(assets, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName().toString().startsWith(".") && !dir.equals(assets)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = siteRoot.relativize(file).toString().replace('\\', '/');
                // The head's inline script is written into every page (InlineScripts); a copy nobody loads would only be noise.
                if (file.getFileName().toString().startsWith(".") || name.equals(InlineScripts.ELDER_BOOT)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                    problems.error(name, 0, null, "assets/ 中的符号链接或特殊文件不会发布", "用真实文件代替链接");
                    return FileVisitResult.CONTINUE;
                }
                paths.add(name);
                if (AssetMinifier.minifies(name)) {
                    // Minified in a check too, so that it warns of a file the minifier cannot read.
                    byte[] published = CACHE.minify(name, read(file), problems);
                    if (target != null) {
                        Outputs.file(target, OutputFile.of(name, name, published), problems);
                    }
                } else if (target != null) {
                    Outputs.copy(target, file, name, name, problems);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        paths.sort(null);
        return paths;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw EnvironmentFailure.at("读取", file, e);
        }
    }
}
