package org.gazette.init;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files every new site starts with, packaged in the generator under {@value #ROOT}: read from
 * the jar, or from the classes folder when the generator runs from its build.
 */
public final class SiteSkeleton {

    /** Where the skeleton lives on the class path. */
    static final String ROOT = "/org/gazette/init/site/";

    /**
     * Files kept under another name in the jar, because Maven's resource copying leaves Git's own
     * dotfiles out by default.
     */
    private static final Map<String, String> RENAMED = Map.of("gitignore", ".gitignore",
            "gitattributes", ".gitattributes");

    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private SiteSkeleton() {
    }

    /**
     * Copies the packaged skeleton into {@code target}, which must hold none of its files.
     *
     * @return the paths written, relative to {@code target}, with forward slashes, sorted
     */
    public static List<String> copyTo(Path target) throws IOException {
        URI marker = markerUri();
        if (!"jar".equals(marker.getScheme())) {
            return copy(Path.of(marker).getParent(), target);
        }
        try {
            try (FileSystem jar = FileSystems.newFileSystem(marker, Map.of())) {
                return copy(jar.provider().getPath(marker).getParent(), target);
            }
        } catch (FileSystemAlreadyExistsException e) {
            // Someone in this JVM already opened the jar as a file system: share it, leave it open.
            return copy(FileSystems.getFileSystem(marker).provider().getPath(marker).getParent(), target);
        }
    }

    /** Copies a skeleton folder into {@code target}; scripts (files starting with {@code #!}) stay runnable. */
    static List<String> copy(Path skeleton, Path target) throws IOException {
        List<String> written = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(skeleton)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = published(skeleton.relativize(file).toString().replace('\\', '/'));
            Path destination = target.resolve(relative);
            Files.createDirectories(destination.getParent());
            try (InputStream in = Files.newInputStream(file)) {
                Files.copy(in, destination);
            }
            if (isScript(destination)) {
                makeExecutable(destination);
            }
            written.add(relative);
        }
        return written.stream().sorted().toList();
    }

    private static String published(String relative) {
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1);
        return RENAMED.containsKey(name) ? relative.substring(0, slash + 1) + RENAMED.get(name) : relative;
    }

    private static boolean isScript(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == '#' && start[1] == '!';
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.addAll(EXECUTABLE);
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    private static URI markerUri() throws IOException {
        URL marker = SiteSkeleton.class.getResource(ROOT + "README.md");
        if (marker == null) {
            throw new IOException("生成器缺少新站点的模板文件（" + ROOT + "），安装包不完整，请重新下载或重新构建生成器");
        }
        try {
            return marker.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("无法读取新站点的模板文件：" + marker, e);
        }
    }
}
