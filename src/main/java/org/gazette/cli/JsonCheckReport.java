package org.gazette.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.gazette.build.BuildResult;
import org.gazette.validation.Problem;

/**
 * The report as one JSON document on standard output, for other editors and tools: every problem
 * with its file, line, field, message, hint and severity, and the summary.
 */
final class JsonCheckReport implements CheckReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void passed(BuildResult result, PrintWriter out, PrintWriter err) {
        ObjectNode report = report(true, CheckReport.passedSummary(result), List.of(), result.warnings());
        report.put("documents", result.documents());
        report.put("files", result.files());
        ArrayNode drafts = report.putArray("drafts");
        result.drafts().forEach(drafts::add);
        print(out, report);
    }

    @Override
    public void failed(List<Problem> errors, List<Problem> warnings, PrintWriter out, PrintWriter err) {
        print(out, report(false, CheckReport.failedSummary(errors), errors, warnings));
    }

    @Override
    public void broken(String message, PrintWriter out, PrintWriter err) {
        ObjectNode report = report(false, message, List.of(), List.of());
        report.put("failure", message);
        print(out, report);
        err.println(message);
    }

    private static ObjectNode report(boolean ok, String summary, List<Problem> errors, List<Problem> warnings) {
        ObjectNode report = JSON.createObjectNode();
        report.put("ok", ok);
        report.put("summary", summary);
        report.put("errors", errors.size());
        report.put("warnings", warnings.size());
        ArrayNode problems = report.putArray("problems");
        errors.forEach(p -> problems.add(problem(p, "error")));
        warnings.forEach(p -> problems.add(problem(p, "warning")));
        return report;
    }

    /** One problem; {@code line} is null when no single line is to blame, as {@code field} and {@code hint} may be. */
    private static ObjectNode problem(Problem problem, String severity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("severity", severity);
        node.put("file", problem.file());
        if (problem.line() > 0) {
            node.put("line", problem.line());
        } else {
            node.putNull("line");
        }
        node.put("field", problem.field());
        node.put("message", problem.message());
        node.put("hint", problem.hint());
        node.put("text", problem.format());
        return node;
    }

    private static void print(PrintWriter out, ObjectNode report) {
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
