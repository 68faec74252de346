package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gazette.build.BuildResult;
import org.gazette.validation.Problem;

/** How {@code gazette check} reports its outcome: for people, for tools, or for GitHub Actions. */
interface CheckReport {

    /** The words accepted by {@code --format}. */
    List<String> FORMATS = List.of("text", "json", "github");

    /** The sources passed: {@code result} holds the counts, drafts and warnings. */
    void passed(BuildResult result, PrintWriter out, PrintWriter err);

    /** The sources have mistakes. */
    void failed(List<Problem> errors, List<Problem> warnings, PrintWriter out, PrintWriter err);

    /** The check itself could not run; {@code message} says why. */
    void broken(String message, PrintWriter out, PrintWriter err);

    /** The report for a {@code --format} word, or null when the word is not one of {@link #FORMATS}. */
    static CheckReport forFormat(String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextCheckReport();
            case "json" -> new JsonCheckReport();
            case "github" -> new GithubCheckReport();
            default -> null;
        };
    }

    /** The sentence that ends a passed check, the same in every format. */
    static String passedSummary(BuildResult result) {
        return String.format("检查通过：%d 篇文档、%d 个附件文件没有发现问题。", result.documents(), result.files());
    }

    /** The sentence that ends a failed check, the same in every format. */
    static String failedSummary(List<Problem> errors) {
        return "共发现 " + errors.size() + " 处错误。请按上面每行的提示修改后重新检查。";
    }
}
