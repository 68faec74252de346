package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar gazette.jar}. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1",
        description = "把 content/ 中的 Markdown 通知生成为政府信息发布网站。",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, SchemasCommand.class,
                CommandLine.HelpCommand.class})
public final class GazetteCommand implements Runnable {

    /** Exit status of a command that did its work. */
    static final int SUCCESS = 0;
    /** Exit status when the sources have mistakes. */
    static final int CONTENT_ERRORS = 1;
    /** Exit status of a wrong command line: an unknown option, a folder that is not a site root. */
    static final int USAGE = 2;
    /** Exit status when the build could not run (disk, permissions, a bug), never for content mistakes. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), err);
        } catch (Throwable failure) {
            // Even an OutOfMemoryError ends with the documented status, not the JVM's 1.
            status = Failures.report(err, failure, false);
        }
        System.exit(status);
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new GazetteCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Whatever a command throws is the machine's or Gazette's failure (3), never a content mistake (1).
        commandLine.setExecutionExceptionHandler((failure, line, parsed) ->
                Failures.report(line.getErr(), failure, false));
        return commandLine.execute(args);
    }
}
