package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds out whether the folder a command was given is a site root (it holds {@code content/} or
 * {@code data/}). When it is not, the message names the site root above it, if there is one, so an
 * editor who ran the command inside {@code content/notices/} knows where to run it; nothing is
 * read or written there.
 */
final class SiteRoot {

    private SiteRoot() {
    }

    /** Null when {@code folder} is a site root, or else what to tell the user. */
    static String problem(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            return "找不到站点根目录 " + absolute + "（这个文件夹不存在）—— 用 --source 指定含 content/、data/ 的文件夹";
        }
        if (isSiteRoot(absolute)) {
            return null;
        }
        for (Path above = absolute.getParent(); above != null; above = above.getParent()) {
            if (isSiteRoot(above) && Files.isRegularFile(above.resolve("data").resolve("site.yaml"))) {
                return absolute + " 不是站点根目录（这里没有 content/ 和 data/ 文件夹），站点根目录是 " + above
                        + " —— 在 " + above + " 里运行命令，或加参数 --source " + above;
            }
        }
        return absolute + " 不是站点根目录（这里没有 content/ 和 data/ 文件夹）"
                + " —— 在含 content/、data/ 的文件夹里运行命令，或用 --source 指定它";
    }

    private static boolean isSiteRoot(Path folder) {
        return Files.isDirectory(folder.resolve("content")) || Files.isDirectory(folder.resolve("data"));
    }
}
