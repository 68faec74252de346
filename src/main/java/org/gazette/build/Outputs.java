package org.gazette.build;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Map;
import org.gazette.outputs.OutputFile;
import org.gazette.pages.PlannedPage;
import org.gazette.validation.EnvironmentFailure;
import org.gazette.validation.Problems;

/**
 * Puts pages and files into an {@link OutputTarget}, turning every failure into a problem for the
 * report: a template mistake at the template's line, two things at one address at their origin. A
 * failing disk is not a problem of the content: it stops the build as an {@link EnvironmentFailure}.
 */
final class Outputs {

    private Outputs() {
    }

    /** Renders a planned page; true when it was made. */
    static boolean page(OutputTarget target, Map<String, Object> common, PlannedPage page, Problems problems) {
        try {
            target.page(page.kind(), page.outputPath(), DocumentStep.pageData(common, page));
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

    /** Publishes a bundle file as it is. */
    static void copy(OutputTarget target, Path source, String path, String origin, Problems problems) {
        try {
            target.copy(source, path);
        } catch (FileAlreadyExistsException e) {
            clash(origin, path, problems);
        } catch (IOException e) {
            // A full disk or a missing permission is the machine's failure, not a mistake in the document.
            throw EnvironmentFailure.at("复制", source, e);
        }
    }

    private static void clash(String origin, String path, Problems problems) {
        problems.error(origin, 0, null, "与其他页面或文件发布到同一个地址 /" + path, "换一个文件名或文件夹名");
    }

    /** A template mistake is reported at the template's line, naming the page that exposed it. */
    private static void renderingFailure(PlannedPage page, Exception failure, Problems problems) {
        for (Throwable io = failure; io != null; io = io.getCause()) {
            if (io instanceof IOException e && !(io instanceof FileAlreadyExistsException)) {
                throw EnvironmentFailure.at("写入", Path.of(page.outputPath()), e);
            }
            if (io instanceof EnvironmentFailure e) {
                throw e;
            }
        }
        Throwable cause = failure;
        while (cause != null && !(cause instanceof TemplateException) && !(cause instanceof ParseException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TemplateException t) {
            String template = t.getTemplateSourceName() == null ? "templates" : "templates/" + t.getTemplateSourceName();
            int line = t.getLineNumber() == null ? 0 : t.getLineNumber();
            problems.error(template, line, null, "模板出错（渲染 " + page.origin() + " 时）：" + firstLine(t.getMessageWithoutStackTop()),
                    "这是模板问题，请联系网站开发人员");
        } else if (cause instanceof ParseException p) {
            problems.error("templates/" + p.getTemplateName(), p.getLineNumber(), null, "模板语法错误：" + firstLine(p.getEditorMessage()),
                    "这是模板问题，请联系网站开发人员");
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
