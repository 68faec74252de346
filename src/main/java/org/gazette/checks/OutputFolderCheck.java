package org.gazette.checks;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** Refuses an output folder whose replacement would destroy sources, before a build writes anything. */
public final class OutputFolderCheck {

    /** The site's source folders: an output inside one of them would be written over its sources. */
    private static final List<String> SOURCE_FOLDERS = List.of("content", "data", "templates", "assets", "src");

    private OutputFolderCheck() {
    }

    /**
     * Accepts an output folder that is neither inside the sources, nor holds them, nor is a file.
     *
     * @param root   the site root, absolute and normalised
     * @param output the output folder, absolute and normalised
     * @throws OutputFolderException saying why the folder cannot be used and what to give instead
     */
    public static void requireSafe(Path root, Path output) throws OutputFolderException {
        for (String folder : SOURCE_FOLDERS) {
            if (output.startsWith(root.resolve(folder))) {
                throw new OutputFolderException("输出目录 " + output + " 在源文件夹 " + folder + "/ 里面，会覆盖源文件；请换一个输出目录（例如 target/site）");
            }
        }
        if (root.startsWith(output)) {
            throw new OutputFolderException("输出目录 " + output + " 包含站点源文件，每次构建都会整体替换输出目录；请换一个输出目录（例如 target/site）");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException("输出路径 " + output + " 已存在且不是文件夹");
        }
    }
}
