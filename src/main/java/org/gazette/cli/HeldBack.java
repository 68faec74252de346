package org.gazette.cli;

import java.io.PrintWriter;
import org.gazette.build.BuildResult;

/** Prints, after a build or check, the documents it did not publish: drafts and scheduled documents. */
final class HeldBack {

    private HeldBack() {
    }

    /** @param building true after {@code build} (“没有发布”), false after {@code check} (“不会发布”/“暂不发布”) */
    static void print(PrintWriter out, BuildResult result, boolean building) {
        if (!result.drafts().isEmpty()) {
            out.println(building ? "以下草稿（status: draft）没有发布：" : "以下草稿（status: draft）不会发布：");
            result.drafts().forEach(d -> out.println("  " + d));
        }
        if (!result.scheduled().isEmpty()) {
            out.println(scheduledHeading(result, building));
            result.scheduled().forEach(s -> out.println("  " + s.date() + "  " + s.sourcePath()));
        }
    }

    static String scheduledHeading(BuildResult result, boolean building) {
        return "以下 " + result.scheduled().size() + " 篇文档定时发布（date 晚于今天 " + result.day() + "），"
                + (building ? "这次没有发布" : "暂不发布") + "；最早一篇 " + result.scheduled().get(0).date()
                + " 发布，即那天及以后的第一次构建：";
    }
}
