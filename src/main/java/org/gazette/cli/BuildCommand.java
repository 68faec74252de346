package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;
import org.gazette.validation.BuildFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette build}: bakes the site into the output folder, replacing it only on success. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "生成网站。出错时列出全部问题，原有网站保持不变。")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private OutputOption output;

    @Option(names = "--force", description = "输出目录里已有其他文件（不是 Gazette 生成的网站）时，仍然整体替换它")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.notASiteRoot(err)) {
            return GazetteCommand.USAGE;
        }
        Path target = output.folder(source, "site");
        long started = System.nanoTime();
        try {
            BuildResult result = new SiteBuilder().build(BuildOptions.build(source.source, target).forcing(force));
            ProblemPrinter.warnings(err, result.warnings());
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.printf("已生成 %d 篇文档、共 %d 个页面、%d 个附件文件，用时 %.1f 秒 → %s%n", result.documents(), result.pages(),
                    result.files(), millis / 1000.0, target.toAbsolutePath().normalize());
            HeldBack.print(out, result, true);
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.warnings(err, e.warnings());
            ProblemPrinter.errors(err, e.problems(), true);
            return GazetteCommand.CONTENT_ERRORS;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Failures.report(err, e, true);
        }
    }
}
