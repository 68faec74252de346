package org.gazette.serve;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows instead of the site while there is no good build yet, and at
 * {@code /__gazette/problems} always: every problem of the last build, one per line in the words
 * {@code gazette check} uses. It carries the reload script, so fixing the file brings the site back.
 */
final class ProblemsPage {

    private ProblemsPage() {
    }

    static String html(PreviewState state) {
        List<String> lines = state.problemLines();
        StringBuilder out = new StringBuilder(2048);
        String title = lines.isEmpty() ? "预览：没有发现问题" : "预览：发现 " + lines.size() + " 处错误";
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append(PageInjector.scriptTag(state.version())).append('\n')
                .append("</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n");
        if (lines.isEmpty()) {
            out.append("<p>最近一次生成成功，没有需要修改的地方。</p>\n");
        } else {
            out.append("<p>").append(state.hasSite()
                    ? "网站没有更新：预览中仍是上次成功生成的页面。"
                    : "网站还没有生成成功，暂时没有页面可以预览。")
                    .append("请按下面每行的提示修改文件并保存，改好后本页会自动刷新。</p>\n<ol>\n");
            for (String line : lines) {
                out.append("<li><code>").append(escape(line)).append("</code></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
