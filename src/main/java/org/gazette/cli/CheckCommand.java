package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuilder;
import org.gazette.validation.BuildFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette check}: finds every mistake in the sources without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "只检查内容，不生成网站、不写任何文件。用 --format json 或 github 输出给工具读的格式。")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认，每行一处问题）、json（给编辑器和工具）、github（GitHub Actions 注释）")
    private String format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckReport report = CheckReport.forFormat(format);
        if (report == null) {
            err.println("不认识的输出格式“" + format + "” —— 写 " + String.join("、", CheckReport.FORMATS) + " 之一，例如 --format json");
            return GazetteCommand.USAGE;
        }
        if (source.notASiteRoot(err)) {
            return GazetteCommand.USAGE;
        }
        try {
            report.passed(new SiteBuilder().build(BuildOptions.check(source.source)), out, err);
            return 0;
        } catch (BuildFailedException e) {
            report.failed(e.problems(), e.warnings(), out, err);
            return GazetteCommand.CONTENT_ERRORS;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            StringWriter failure = new StringWriter();
            int status = Failures.report(new PrintWriter(failure), e, false);
            report.broken(failure.toString().strip(), out, err);
            return status;
        }
    }
}
