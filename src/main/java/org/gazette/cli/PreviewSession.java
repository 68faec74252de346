package org.gazette.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.serve.Preview;
import org.gazette.validation.Problem;

/**
 * One run of {@code gazette serve} in the terminal: starts the preview, prints how each build went,
 * and stops on Ctrl-C. Kept apart from {@link ServeCommand}, which picocli inspects for every
 * command, so the preview's classes load only when it runs.
 */
final class PreviewSession {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PreviewSession() {
    }

    /** Serves until Ctrl-C (or an interrupt); returns the exit status. */
    static int run(BuildOptions options, String bind, int port, PrintWriter out, PrintWriter err) {
        Preview preview;
        try {
            preview = Preview.start(options, bind, port, new Report(out, err));
        } catch (BindException e) {
            err.println("无法启动预览：" + e.getMessage() + "。请用 --port 换一个端口，例如 --port 8080");
            return GazetteCommand.FAILURE;
        } catch (Exception e) {
            err.println("无法启动预览：" + e.getMessage());
            return GazetteCommand.FAILURE;
        }
        // Ctrl-C ends the JVM: the hook closes the watcher and the server on the way out.
        Thread stop = new Thread(() -> {
            preview.close();
            out.println("预览已停止。");
            out.flush();
        }, "gazette-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("预览地址：" + preview.address() + "  （保存文件后页面会自动刷新；按 Ctrl-C 停止）");
        if (!"127.0.0.1".equals(bind) && !"localhost".equals(bind)) {
            out.println("注意：预览对 " + bind + " 所在网络上的其他设备也可见，用完请及时停止。");
        }
        out.flush();
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            // Stopped from within the process (a test, an embedding program) rather than by Ctrl-C.
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
            stop.run();
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook does it.
        }
        return 0;
    }

    /** Prints each build's outcome to the terminal, as {@code build} would. */
    private record Report(PrintWriter out, PrintWriter err) implements Preview.Listener {

        @Override
        public void built(BuildResult result, double seconds) {
            ProblemPrinter.warnings(err, result.warnings());
            String now = LocalTime.now().format(CLOCK);
            if (result.rebuild()) {
                out.printf("%s 已更新：重新生成 %d 个页面和文件，用时 %.2f 秒%n", now, result.pages(), seconds);
            } else {
                out.printf("%s 已生成 %d 篇文档、共 %d 个页面、%d 个附件文件，用时 %.1f 秒%n", now, result.documents(),
                        result.pages(), result.files(), seconds);
            }
            out.flush();
        }

        @Override
        public void failed(List<Problem> problems, List<Problem> warnings) {
            ProblemPrinter.warnings(err, warnings);
            for (Problem problem : problems) {
                err.println(problem.format());
            }
            err.println(LocalTime.now().format(CLOCK) + " 共发现 " + problems.size()
                    + " 处错误，预览没有更新（浏览器里仍是上次成功生成的页面，并列出这些问题）。改正后保存即可。");
            err.flush();
        }

        @Override
        public void broken(String message) {
            err.println(LocalTime.now().format(CLOCK) + " 生成失败：" + message + "。预览保持上次成功生成的页面。");
            err.flush();
        }
    }
}
