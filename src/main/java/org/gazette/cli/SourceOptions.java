package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares. */
final class SourceOptions {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "站点根目录（含 content/、data/、templates/、assets/），默认当前目录")
    Path source;

    /**
     * Tells the user when {@code --source} is not a site root (for instance a command run inside
     * {@code content/notices/}), so no command writes into the wrong folder.
     *
     * @return true when it is not a site root and the command must stop with {@link GazetteCommand#USAGE}
     */
    boolean notASiteRoot(PrintWriter err) {
        String problem = SiteRoot.problem(source);
        if (problem != null) {
            err.println(problem);
        }
        return problem != null;
    }
}
