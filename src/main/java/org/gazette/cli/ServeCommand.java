package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.StagingArea;
import org.gazette.checks.OutputFolderCheck;
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

    @Mixin
    private SourceOptions source;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "预览端口，默认 ${DEFAULT-VALUE}；0 表示任选一个空闲端口")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "监听地址，默认 ${DEFAULT-VALUE}（只有本机能打开）。要用同一局域网的手机预览，写本机的局域网地址或 0.0.0.0")
    private String bind;

    @Mixin
    private OutputOption output;

    @Option(names = "--drafts", description = "预览中也显示草稿（status: draft），页面上标“草稿”；正式生成网站时从不发布草稿")
    private boolean drafts;

    @Option(names = "--future", description = "预览中也显示定时发布的文档（date 晚于今天），页面上标“定时发布”")
    private boolean future;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.notASiteRoot(err)) {
            return GazetteCommand.USAGE;
        }
        Path folder = output.folder(source, "preview");
        try {
            // The preview keeps serving after a failed build; a folder it must not replace stops it at once.
            Path absolute = folder.toAbsolutePath().normalize();
            OutputFolderCheck.requireOurs(absolute, StagingArea.mayReplace(absolute), StagingArea.MARKER);
        } catch (IOException e) {
            return Failures.report(err, e, true);
        }
        out.println("正在生成预览 → " + folder.toAbsolutePath().normalize());
        out.flush();
        // Only here does anything of the preview (web server, file watcher) load: not for build or check.
        return PreviewSession.run(options(folder), bind, port, out, err);
    }

    /** The build the preview runs; the place to pass preview-only build options through. */
    private BuildOptions options(Path folder) {
        return BuildOptions.build(source.source, folder).including(drafts, future);
    }
}
