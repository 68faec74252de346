package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.init.NewSite;
import org.gazette.site.BuildDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gazette init DIR}: starts a bureau's own site in a new or empty folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"为本单位新建一个网站：站点信息、发布机构等数据文件（待填写）、一篇示例通知、模板和样式、"
                + "发布流程，以及中文说明 README.md 和固定生成器版本的 pom.xml。",
            "只在新目录或空目录中创建，不会覆盖任何已有文件。"})
final class InitCommand implements Callable<Integer> {

    /** New sites are made in the time zone of China's bureaus; the day only dates the example notice. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Parameters(paramLabel = "DIR", description = "新站点的目录：不存在时自动创建，已存在时必须是空目录")
    private Path folder;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = folder.toAbsolutePath().normalize();
        try {
            if (!NewSite.canCreateIn(target)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "目录 " + target
                        + " 已存在且不是空目录。init 不会覆盖已有文件：请换一个新目录名，例如 gazette init ../新网站。");
            }
            List<String> files = NewSite.create(target, BuildDay.resolve(ZONE));
            String notice = files.stream().filter(f -> f.startsWith("content/notices/")).findFirst().orElseThrow();
            out.printf("已在 %s 创建新站点（Gazette %s），共 %d 个文件。%n", target, VersionProvider.current(), files.size());
            out.println("接下来：");
            out.println("  1. 把 data/site.yaml、data/agencies.yaml、data/contacts.yaml 中标有“示例”的内容改为本单位的信息；");
            out.println("  2. 参照示例通知 " + notice + " 发布第一篇通知，然后删除示例；");
            out.println("  3. 在该目录运行 mvn package 生成网站（target/site/），mvn exec:exec@check 只检查内容。");
            out.println("详细说明见该目录中的 README.md。");
            return 0;
        } catch (IOException e) {
            err.println("创建站点失败：" + e.getMessage());
            err.println("目录 " + target + " 中可能留有部分文件，请检查磁盘空间和权限，删除该目录后重试。");
            return GazetteCommand.FAILURE;
        }
    }
}
