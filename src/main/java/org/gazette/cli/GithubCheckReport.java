package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gazette.build.BuildResult;
import org.gazette.validation.Problem;

/**
 * The report as GitHub Actions workflow commands ({@code ::error file=…,line=…,title=…::message}),
 * so each problem is an annotation at its line of the pull request; the summary follows as text.
 */
final class GithubCheckReport implements CheckReport {

    @Override
    public void passed(BuildResult result, PrintWriter out, PrintWriter err) {
        result.warnings().forEach(p -> out.println(command("warning", p)));
        out.println(CheckReport.passedSummary(result));
        out.flush();
    }

    @Override
    public void failed(List<Problem> errors, List<Problem> warnings, PrintWriter out, PrintWriter err) {
        warnings.forEach(p -> out.println(command("warning", p)));
        errors.forEach(p -> out.println(command("error", p)));
        out.println(CheckReport.failedSummary(errors));
        out.flush();
    }

    @Override
    public void broken(String message, PrintWriter out, PrintWriter err) {
        out.println("::error title=" + property("gazette check") + "::" + data(message));
        out.flush();
    }

    /** One workflow command for a problem; the line is left out when no single line is to blame. */
    static String command(String kind, Problem problem) {
        StringBuilder line = new StringBuilder("::").append(kind).append(" file=").append(property(problem.file()));
        if (problem.line() > 0) {
            line.append(",line=").append(problem.line());
        }
        String title = problem.field() == null || problem.field().isEmpty() ? "gazette check" : problem.field();
        line.append(",title=").append(property(title)).append("::");
        String text = problem.message() + (problem.hint() == null || problem.hint().isEmpty() ? "" : " —— " + problem.hint());
        return line.append(data(text)).toString();
    }

    /** Escapes a command's message, as the Actions runner unescapes it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value: as data, plus the separators {@code :} and {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
