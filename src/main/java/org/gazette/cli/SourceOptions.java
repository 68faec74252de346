package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares. */
final class SourceOptions {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "站点根目录（含 content/、data/、templates/、assets/），默认当前目录")
    Path source;
}
