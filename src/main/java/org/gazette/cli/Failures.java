package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.gazette.checks.OutputFolderException;
import org.gazette.site.BuildDay;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.MemoryShortage;

/**
 * Reports what stopped a command other than mistakes in the content: an output folder that cannot
 * be used (inside the sources, or a file: a wrong command line, {@link GazetteCommand#USAGE}), a
 * failing machine (full disk, no permission, too little memory) or a fault in Gazette itself ({@link GazetteCommand#FAILURE}),
 * in Chinese, without a stack trace (set {@code GAZETTE_DEBUG=1} to see one), and never as a list of
 * content mistakes.
 */
final class Failures {

    private Failures() {
    }

    /**
     * Prints the failure and returns the exit status.
     *
     * @param building whether the command was publishing a site, which then stays as it was
     */
    static int report(PrintWriter err, Throwable failure, boolean building) {
        if (failure instanceof OutputFolderException wrongOutput) {
            err.println((building ? "构建失败：" : "检查失败：") + wrongOutput.getMessage());
            err.println("原有网站保持不变。");
            err.flush();
            return GazetteCommand.USAGE;
        }
        BuildDay.InvalidSourceDateEpoch wrongDay = wrongBuildDay(failure);
        if (wrongDay != null) {
            err.println((building ? "构建失败：" : "检查失败：") + wrongDay.getMessage() + "。");
            err.println("请" + wrongDay.hint() + "。");
            if (building) {
                err.println("原有网站保持不变。");
            }
            err.flush();
            return GazetteCommand.USAGE;
        }
        MemoryShortage memory = MemoryShortage.behind(failure);
        EnvironmentFailure environment = environmentCause(failure);
        if (memory != null) {
            err.println((building ? "构建失败：" : "检查失败：") + memory.words() + "。");
            err.println("这不是内容的问题：" + memory.hint() + "。");
        } else if (environment != null) {
            err.println((building ? "构建失败：" : "检查失败：") + environment.getMessage());
            err.println("这不是内容的问题：" + environment.hint() + "。");
        } else {
            err.println((building ? "构建失败：" : "检查失败：") + "Gazette 内部出错（不是内容的问题）：" + describe(failure));
            err.println("请把这几行和出错时的内容发给网站开发人员；设置环境变量 GAZETTE_DEBUG=1 再运行可看到技术细节。");
            if (System.getenv("GAZETTE_DEBUG") != null) {
                failure.printStackTrace(err);
            }
        }
        if (building) {
            err.println("原有网站保持不变。");
        }
        err.flush();
        return GazetteCommand.FAILURE;
    }

    private static BuildDay.InvalidSourceDateEpoch wrongBuildDay(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BuildDay.InvalidSourceDateEpoch e) {
                return e;
            }
        }
        return null;
    }

    /** The environment failure behind {@code failure}, wherever in its causes; an I/O error counts as one. */
    private static EnvironmentFailure environmentCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EnvironmentFailure e) {
                return e;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException e) {
                return EnvironmentFailure.at("读写", (Path) null, e);
            }
        }
        return null;
    }

    /** The failure's kind and the Gazette code it came from, enough for a developer to start. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder out = new StringBuilder(root.getClass().getSimpleName());
        if (root.getMessage() != null) {
            out.append("（").append(root.getMessage()).append("）");
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.gazette.")) {
                out.append("，位于 ").append(frame.getClassName().substring("org.gazette.".length())).append('.')
                        .append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                break;
            }
        }
        return out.toString();
    }
}
