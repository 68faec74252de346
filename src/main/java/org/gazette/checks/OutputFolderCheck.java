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

    /**
     * Refuses a non-empty folder that is not a site Gazette made, whichever command was given it: a
     * mistyped {@code /srv/www} for {@code /srv/www/site} must not wipe the server's folder.
     *
     * @param ours whether the folder is absent, empty or a site Gazette made (it carries {@code marker})
     */
    public static void requireOurs(Path output, boolean ours, String marker) throws OutputFolderException {
        if (!ours) {
            throw new OutputFolderException("输出目录 " + output + " 里已有其他文件，而且不是 Gazette 生成的网站（没有 "
                    + marker + " 标记文件）；构建会整体替换这个文件夹，里面原有的文件都会被删除"
                    + " —— 检查 --output 是否写错（例如把 /srv/www/site 写成了 /srv/www）；确定要替换它，请加 --force");
        }
    }
}
