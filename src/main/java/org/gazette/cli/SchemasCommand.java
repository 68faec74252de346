package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.schemas.JsonSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette schemas}: writes the JSON Schemas editors' tools use to complete and check fields. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "写出 front matter 和 data/*.yaml 的 JSON Schema（供 VS Code 补全字段、提示说明）。")
final class SchemasCommand implements Callable<Integer> {

    /** Where VS Code's settings.json expects the schemas, relative to the site root. */
    static final String DEFAULT_FOLDER = ".vscode/schemas";

    @Mixin
    private SourceOptions source;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "输出目录，默认 <站点根目录>/" + DEFAULT_FOLDER)
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = output != null ? output : source.source.resolve(DEFAULT_FOLDER);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : new JsonSchemas().files().entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("无法写入 " + folder + "：" + e.getMessage());
            return GazetteCommand.FAILURE;
        }
        out.println("已写出 JSON Schema → " + folder.toAbsolutePath().normalize());
        return 0;
    }
}
