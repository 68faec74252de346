package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.content.DataReader;
import org.gazette.content.DocumentType;
import org.gazette.content.SiteData;
import org.gazette.scaffold.DocumentTemplate;
import org.gazette.site.BuildDay;
import org.gazette.validation.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gazette new notice|plan PATH}: starts a document as a bundle folder with a commented {@code index.md}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"新建一篇通知或实施方案：建立文件夹 content/notices/PATH/（方案为 content/plans/PATH/）"
                + "和其中带中文注释的 index.md。",
                "把其中“【待填写】”的地方改成实际内容，附件放在同一文件夹，再运行 check。"})
final class NewCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Parameters(index = "0", paramLabel = "TYPE", description = "文档类型：notice（通知）或 plan（实施方案）")
    private String typeName;

    @Parameters(index = "1", paramLabel = "PATH",
            description = "文件夹路径，相对于 content/notices/ 或 content/plans/，例如 2024/sci-week")
    private String path;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentType type = type(typeName);
        if (type == null) {
            err.println("不认识的文档类型“" + typeName + "” —— 写 notice（通知）或 plan（实施方案），例如 new notice 2024/sci-week");
            return GazetteCommand.USAGE;
        }
        if (source.notASiteRoot(err)) {
            return GazetteCommand.USAGE;
        }
        Path folderRoot = source.source.resolve("content").resolve(type.folder()).toAbsolutePath().normalize();
        String problem = NewDocumentPath.problem(path, type);
        if (problem != null) {
            err.println(problem);
            return GazetteCommand.USAGE;
        }
        String relative = NewDocumentPath.relative(path, type);
        Path bundle = folderRoot.resolve(relative).normalize();
        Path index = bundle.resolve("index.md");
        String shown = "content/" + type.folder() + "/" + relative;
        if (Files.exists(index, LinkOption.NOFOLLOW_LINKS) || Files.exists(bundle.resolveSibling(bundle.getFileName() + ".md"))) {
            err.println("已有文档 " + shown + (Files.exists(index, LinkOption.NOFOLLOW_LINKS) ? "/index.md" : ".md")
                    + "，不会覆盖 —— 换一个文件夹名，或直接打开原文件修改");
            return GazetteCommand.USAGE;
        }
        Problems dataProblems = new Problems();
        SiteData data = new DataReader(source.source, dataProblems).read();
        LocalDate today = BuildDay.resolve(data.site().timezone());
        try {
            Files.createDirectories(bundle);
            Files.writeString(index, new DocumentTemplate(type, data, today).text());
        } catch (IOException e) {
            err.println("无法写入 " + shown + "/index.md：" + e.getMessage());
            return GazetteCommand.FAILURE;
        }
        out.println("已新建 " + shown + "/index.md");
        out.println("打开它，把“【待填写】”的地方改成实际内容，附件放进同一文件夹，然后运行 check。");
        if (dataProblems.hasErrors()) {
            out.println("提醒：data/ 中的数据文件有错误，编号提示可能不全；运行 check 查看。");
        }
        return 0;
    }

    private static DocumentType type(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "notice", "通知" -> DocumentType.NOTICE;
            case "plan", "方案", "实施方案" -> DocumentType.PLAN;
            default -> null;
        };
    }
}
