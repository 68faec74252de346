package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gazette.validation.Problem;

/** Prints problems the way editors and CI logs read them. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void errors(PrintWriter err, List<Problem> problems, boolean building) {
        for (Problem problem : problems) {
            err.println(problem.format());
        }
        err.println();
        err.println("共发现 " + problems.size() + " 处错误" + (building ? "，网站没有更新。请按上面每行的提示修改后重新构建。"
                : "。请按上面每行的提示修改后重新检查。"));
        err.flush();
    }

    static void warnings(PrintWriter err, List<Problem> problems) {
        for (Problem problem : problems) {
            err.println("提醒: " + problem.format());
        }
        err.flush();
    }
}
