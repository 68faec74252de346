package org.gazette.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.gazette.validation.Problems;

/**
 * Copies {@code assets/} to {@code /assets/} of the site. A symbolic link is reported and not
 * followed: nothing outside the source tree may reach the published site.
 */
final class AssetCopier {

    private AssetCopier() {
    }

    static void copy(Path siteRoot, Path target, Problems problems, boolean write) throws IOException {
        Path assets = siteRoot.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        Files.walkFileTree(assets, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName().toString().startsWith(".") && !dir.equals(assets)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = siteRoot.relativize(file).toString().replace('\\', '/');
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                    problems.error(name, 0, null, "assets/ 中的符号链接或特殊文件不会发布", "用真实文件代替链接");
                    return FileVisitResult.CONTINUE;
                }
                if (write) {
                    Path destination = target.resolve("assets").resolve(assets.relativize(file).toString());
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
