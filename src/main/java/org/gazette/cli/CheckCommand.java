package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;
import org.gazette.validation.BuildFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gazette check}: finds every mistake in the sources without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "只检查内容，不生成网站、不写任何文件。")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String notRoot = SiteRoot.problem(source.source);
        if (notRoot != null) {
            err.println(notRoot);
            return GazetteCommand.USAGE;
        }
        try {
            BuildResult result = new SiteBuilder().build(BuildOptions.check(source.source));
            ProblemPrinter.warnings(err, result.warnings());
            out.printf("检查通过：%d 篇文档、%d 个附件文件没有发现问题。%n", result.documents(), result.files());
            if (!result.drafts().isEmpty()) {
                out.println("以下草稿（status: draft）不会发布：");
                result.drafts().forEach(d -> out.println("  " + d));
            }
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.warnings(err, e.warnings());
            ProblemPrinter.errors(err, e.problems(), false);
            return GazetteCommand.CONTENT_ERRORS;
        } catch (IOException | RuntimeException e) {
            return Failures.report(err, e, false);
        }
    }
}
