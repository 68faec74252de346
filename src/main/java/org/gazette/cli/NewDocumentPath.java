package org.gazette.cli;

import java.nio.file.Path;
import org.gazette.content.DocumentType;

/** The rules for the PATH of {@code gazette new}: a folder inside the type's folder of {@code content/}. */
final class NewDocumentPath {

    private NewDocumentPath() {
    }

    /** The path below {@code content/<folder>/}, with forward slashes, a leading {@code content/<folder>/} dropped. */
    static String relative(String path, DocumentType type) {
        String clean = path.strip().replace('\\', '/');
        String prefix = "content/" + type.folder() + "/";
        if (clean.startsWith(prefix)) {
            clean = clean.substring(prefix.length());
        }
        clean = clean.replaceAll("/+", "/");
        return clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    /** Why PATH cannot be used, as a line for the editor, or null when it can. */
    static String problem(String path, DocumentType type) {
        String where = "content/" + type.folder() + "/";
        String relative = relative(path, type);
        String example = "例如 2024/sci-week，文档就建在 " + where + "2024/sci-week/index.md";
        if (relative.isEmpty()) {
            return "没有写文件夹路径 —— " + example;
        }
        if (relative.startsWith("/") || relative.matches("[A-Za-z]:.*")) {
            return "路径“" + path + "”是绝对路径 —— 写 " + where + " 下的相对路径，" + example;
        }
        Path normal = Path.of(relative).normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..") || relative.startsWith("content/")) {
            return "路径“" + path + "”指向了 " + where + " 之外 —— 只写 " + where + " 下的文件夹，" + example;
        }
        if (relative.endsWith(".md")) {
            return "路径“" + path + "”是文件名 —— 只写文件夹，index.md 会自动建立，" + example;
        }
        for (String part : relative.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return "路径“" + path + "”含有“" + part + "” —— 直接写文件夹名，" + example;
            }
            if (part.startsWith(".") || part.startsWith("~$") || part.endsWith("~")) {
                return "文件夹名“" + part + "”以“.”或“~$”开头、或以“~”结尾，会被当作隐藏或临时文件而不发布 —— 换一个名称，" + example;
            }
        }
        return null;
    }
}
