package org.gazette.validation;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine, not the content, stopped the build: a full disk, a missing permission, a failing
 * drive. It is never reported as an editor's mistake; the command line prints {@link #getMessage()}
 * (Chinese, naming the path and the cause) and exits with status 3.
 */
public final class EnvironmentFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    private EnvironmentFailure(String message, String hint, IOException cause) {
        super(message, cause);
        this.hint = hint;
    }

    /**
     * @param action what was being done, as a Chinese verb: 写入, 读取, 创建, 移动, 删除
     * @param path   the file or folder it was done to
     */
    public static EnvironmentFailure of(String action, Path path, IOException cause) {
        Cause why = Cause.of(cause, action);
        String system = systemWords(cause);
        String where = path == null ? "" : " " + path.toAbsolutePath().normalize();
        return new EnvironmentFailure("无法" + action + where + "：" + why.words
                + (system.isEmpty() ? "" : "（系统信息：" + system + "）"), why.hint, cause);
    }

    /** The same, at the path the file system names in its exception, or else at {@code fallback}. */
    public static EnvironmentFailure at(String action, Path fallback, IOException cause) {
        if (cause instanceof FileSystemException fs && fs.getFile() != null) {
            return of(action, Path.of(fs.getFile()), cause);
        }
        return of(action, fallback, cause);
    }

    /** What the operator can do about it. */
    public String hint() {
        return hint;
    }

    /** The operating system's own words, for an administrator who searches for them. */
    private static String systemWords(IOException cause) {
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = cause.getMessage();
        return message == null || cause instanceof FileSystemException ? "" : message;
    }

    /** The kinds of failure an operator meets, in their words. */
    private record Cause(String words, String hint) {

        static Cause of(IOException e, String action) {
            String text = (e instanceof FileSystemException fs ? fs.getReason() : e.getMessage());
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
                return new Cause("磁盘已满", "清理磁盘空间（或请管理员扩容）后重新构建");
            }
            if (lower.contains("read-only file system")) {
                return new Cause("文件系统是只读的", "换一个可写的输出目录，或请管理员把磁盘挂载为可写");
            }
            if (e instanceof AccessDeniedException || lower.contains("permission denied")
                    || lower.contains("operation not permitted") || lower.contains("access is denied")) {
                return new Cause("没有" + ("读取".equals(action) ? "读取" : "写入") + "权限",
                        "请管理员给运行构建的用户这个文件夹的" + ("读取".equals(action) ? "读取" : "写入") + "权限");
            }
            if (e instanceof NoSuchFileException) {
                return new Cause("文件或文件夹不存在（可能在构建时被移走或删除）", "确认路径正确，不要在构建时移动文件后重新构建");
            }
            if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
                return new Cause("路径中有一段是文件而不是文件夹", "检查路径，或换一个输出目录");
            }
            if (e instanceof FileAlreadyExistsException) {
                return new Cause("同名的文件已存在", "删除或移走这个文件后重新构建");
            }
            if (e instanceof DirectoryNotEmptyException) {
                return new Cause("文件夹不是空的", "删除或移走这个文件夹后重新构建");
            }
            if (lower.contains("input/output error") || lower.contains("i/o error")) {
                return new Cause("磁盘读写出错（硬盘或网络盘故障）", "请管理员检查磁盘");
            }
            return new Cause("读写出错", "请管理员检查磁盘和文件权限");
        }
    }
}
