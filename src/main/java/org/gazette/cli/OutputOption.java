package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --output} option of the commands that write a site ({@code build}, {@code serve}), as a picocli mixin. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "输出目录；build 默认 <站点根目录>/target/site，serve（预览文件）默认 <站点根目录>/target/preview")
    private Path output;

    /** The folder given, or {@code target/<name>} below the site root. */
    Path folder(SourceOptions source, String name) {
        return output != null ? output : source.source.resolve("target").resolve(name);
    }
}
