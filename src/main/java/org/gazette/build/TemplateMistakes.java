package org.gazette.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gazette.validation.Problem;

/**
 * One line for each template mistake, however many pages it broke: a broken document template
 * would otherwise be reported once for every notice of the site, in the terminal and in the
 * preview's problem list.
 */
final class TemplateMistakes {

    private static final String PAGE_END = " 时）：";

    private TemplateMistakes() {
    }

    /** The problems, with each template mistake reported at one file and line kept once, naming how many pages it broke. */
    static List<Problem> collapse(List<Problem> problems) {
        Map<String, List<Problem>> byMistake = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Problem problem : new LinkedHashSet<>(problems)) {
            // A syntax error is the same problem for every page that uses the template: once is enough.
            int end = problem.message().indexOf(PAGE_END);
            if (!problem.message().startsWith(Outputs.TEMPLATE_ERROR) || end < 0) {
                order.add(problem);
                continue;
            }
            String key = problem.file() + ":" + problem.line() + ":" + problem.message().substring(end);
            byMistake.computeIfAbsent(key, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(problem);
        }
        List<Problem> result = new ArrayList<>(order.size());
        for (Object entry : order) {
            if (entry instanceof Problem problem) {
                result.add(problem);
                continue;
            }
            List<Problem> same = byMistake.get(entry);
            Problem first = same.get(0);
            if (same.size() == 1) {
                result.add(first);
            } else {
                int end = first.message().indexOf(PAGE_END);
                String message = first.message().substring(0, end) + " 等 " + same.size() + " 个页面"
                        + first.message().substring(end + 1);
                result.add(new Problem(first.file(), first.line(), first.field(), message, first.hint()));
            }
        }
        return result;
    }
}
