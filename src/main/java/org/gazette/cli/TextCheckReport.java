package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gazette.build.BuildResult;
import org.gazette.validation.Problem;

/** The default report: one {@code file:line: field: message —— hint} line per problem, for people. */
final class TextCheckReport implements CheckReport {

    @Override
    public void passed(BuildResult result, PrintWriter out, PrintWriter err) {
        ProblemPrinter.warnings(err, result.warnings());
        out.println(CheckReport.passedSummary(result));
        if (!result.drafts().isEmpty()) {
            out.println("以下草稿（status: draft）不会发布：");
            result.drafts().forEach(d -> out.println("  " + d));
        }
    }

    @Override
    public void failed(List<Problem> errors, List<Problem> warnings, PrintWriter out, PrintWriter err) {
        ProblemPrinter.warnings(err, warnings);
        ProblemPrinter.errors(err, errors, false);
    }

    @Override
    public void broken(String message, PrintWriter out, PrintWriter err) {
        err.println(message);
    }
}
