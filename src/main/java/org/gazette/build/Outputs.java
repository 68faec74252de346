package org.gazette.build;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.gazette.catalogue.Product;
import org.gazette.outputs.OutputFile;
import org.gazette.outputs.PublishedFile;
import org.gazette.pages.PageGlobals;
import org.gazette.pages.PlannedPage;
import org.gazette.render.MissingTemplatesException;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problems;

/**
 * Puts pages and files into an {@link OutputTarget}, turning every failure into a problem for the
 * report: a template mistake at the template's line, two things at one address at their origin. A
 * failing disk is not a problem of the content: it stops the build as an {@link EnvironmentFailure}.
 */
final class Outputs {

    /** How a template mistake's message starts; the page's origin and the mistake follow. */
    static final String TEMPLATE_ERROR = "模板出错（渲染 ";
    static final String TEMPLATE_HINT = "这是模板问题，请联系网站开发人员";
    static final String MISSING_TEMPLATE_HINT = "从网站的代码仓库恢复它；或从 gazette init 新建的网站（或 mvn exec:exec@defaults 写出的默认文件）中复制过来";

    private Outputs() {
    }

    /**
     * Makes one product of an output family: renders a page, writes a file or publishes a source
     * file; true when it was made.
     *
     * @param globals what templates see; only pages need it
     */
    static boolean product(OutputTarget target, PageGlobals globals, Product product, Problems problems) {
        if (product instanceof PlannedPage page) {
            return page(target, globals, page, problems);
        }
        if (product instanceof OutputFile file) {
            return file(target, file, problems);
        }
        if (product instanceof PublishedFile copy) {
            return copy(target, copy.source(), copy.path(), copy.origin(), problems);
        }
        throw new IllegalArgumentException("no way to make " + product.getClass().getName() + " (" + product.path() + ")");
    }

    /** Renders a planned page; true when it was made. */
    static boolean page(OutputTarget target, PageGlobals globals, PlannedPage page, Problems problems) {
        try {
            target.page(page.kind(), page.outputPath(), globals.templateData(page));
            return true;
        } catch (FileAlreadyExistsException e) {
            clash(page.origin(), page.outputPath(), problems);
        } catch (Exception e) {
            renderingFailure(page, e, problems);
        }
        return false;
    }

    /** Writes a generated file; true when it was made. */
    static boolean file(OutputTarget target, OutputFile file, Problems problems) {
        try {
            target.file(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            clash(file.origin(), file.path(), problems);
        } catch (IOException e) {
            throw EnvironmentFailure.at("写入", Path.of(file.path()), e);
        }
        return false;
    }

    /** Publishes a bundle file as it is; true when it was published. */
    static boolean copy(OutputTarget target, Path source, String path, String origin, Problems problems) {
        try {
            target.copy(source, path);
            return true;
        } catch (FileAlreadyExistsException e) {
            clash(origin, path, problems);
        } catch (IOException e) {
            // A full disk or a missing permission is the machine's failure, not a mistake in the document.
            throw EnvironmentFailure.at("复制", source, e);
        }
        return false;
    }

    private static void clash(String origin, String path, Problems problems) {
        problems.error(origin, 0, null, "与其他页面或文件发布到同一个地址 /" + path, "换一个文件名或文件夹名");
    }

    /**
     * A template mistake is reported at the template's own file and line, naming the page that
     * exposed it. A syntax error in a template that another one imports or includes comes wrapped in
     * the importing template's error: the syntax error, deepest in the chain, is the one to fix.
     */
    private static void renderingFailure(PlannedPage page, Exception failure, Problems problems) {
        // A missing template is a mistake in the site's files (FreeMarker says so with an IOException).
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof MissingTemplatesException) {
                problems.error("templates/", 0, null, "找不到模板文件夹 templates/，无法生成任何页面", MISSING_TEMPLATE_HINT);
                return;
            }
            if (cause instanceof TemplateNotFoundException missing) {
                problems.error("templates/" + missing.getTemplateName(), 0, null,
                        "找不到模板文件 templates/" + missing.getTemplateName(), MISSING_TEMPLATE_HINT);
                return;
            }
        }
        ParseException syntax = null;
        TemplateException rendering = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ParseException p) {
                syntax = p;
            } else if (cause instanceof TemplateException t && rendering == null) {
                rendering = t;
            }
        }
        // FreeMarker's ParseException is an IOException, and a template that failed to parse is
        // thrown again wrapped in a plain IOException: both are template mistakes, not the disk.
        for (Throwable io = failure; io != null && syntax == null; io = io.getCause()) {
            if (io instanceof IOException e && !(io instanceof FileAlreadyExistsException)) {
                throw EnvironmentFailure.at("写入", Path.of(page.outputPath()), e);
            }
            if (io instanceof EnvironmentFailure e) {
                throw e;
            }
        }
        if (syntax != null) {
            problems.error("templates/" + syntax.getTemplateName(), syntax.getLineNumber(), null,
                    "模板语法错误：" + firstLine(syntax.getEditorMessage()), TEMPLATE_HINT);
        } else if (rendering != null) {
            String template = rendering.getTemplateSourceName() == null ? "templates"
                    : "templates/" + rendering.getTemplateSourceName();
            int line = rendering.getLineNumber() == null ? 0 : rendering.getLineNumber();
            String what = firstLine(rendering.getMessageWithoutStackTop());
            if (rendering.getBlamedExpressionString() != null) {
                // "The following has evaluated to null or missing:" says nothing without the expression.
                what = what + " " + rendering.getBlamedExpressionString();
            }
            problems.error(template, line, null, TEMPLATE_ERROR + page.origin() + " 时）：" + what, TEMPLATE_HINT);
        } else if (failure instanceof RuntimeException bug) {
            // Not a template mistake and not the machine: a fault in Gazette itself, reported as one.
            throw bug;
        } else {
            throw new IllegalStateException("页面生成失败（" + page.origin() + "）", failure);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
