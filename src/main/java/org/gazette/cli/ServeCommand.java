package org.gazette.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.serve.Preview;
import org.gazette.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gazette serve}: the live preview. Builds the site into {@code target/preview/} (never the
 * published {@code target/site/}), serves it on this computer and rebuilds on every save; open
 * pages reload by themselves and show mistakes until they are fixed. The preview's classes (web
 * server, file watcher) load only when this command runs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"预览网站：生成网站并在本机打开预览地址，保存文件后自动重新生成、浏览器页面自动刷新；出错时在页面上列出全部问题。",
                "预览写在 <站点根目录>/target/preview，不影响 build 生成的 target/site。按 Ctrl-C 停止。"})
final class ServeCommand implements Callable<Integer> {

    /** The default port, the one Hugo's preview uses too. */
    static final int DEFAULT_PORT = 1313;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    private SourceOptions source;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "预览端口，默认 ${DEFAULT-VALUE}；0 表示任选一个空闲端口")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "监听地址，默认 ${DEFAULT-VALUE}（只有本机能打开）。要用同一局域网的手机预览，写本机的局域网地址或 0.0.0.0")
    private String bind;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "预览文件写在哪里，默认 <站点根目录>/target/preview")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = output != null ? output : source.source.resolve("target").resolve("preview");
        out.println("正在生成预览 → " + folder.toAbsolutePath().normalize());
        out.flush();
        Preview preview;
        try {
            preview = Preview.start(options(folder), bind, port, new Report(out, err));
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

    /** The build the preview runs; the place to pass preview-only build options through. */
    private BuildOptions options(Path folder) {
        return BuildOptions.build(source.source, folder);
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
