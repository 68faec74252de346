package org.gazette.markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the first HTML construct in a Markdown body that the sanitiser removes, with its line, so
 * the editor's warning says what went and where instead of only that something did.
 */
final class UnsafeHtml {

    /** A construct found: what to call it, and the 0-based line of the body it is on. */
    record Finding(String what, int lineIndex) {
    }

    private record Rule(Pattern pattern, String what) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("<script\\b", Pattern.CASE_INSENSITIVE), "<script> 脚本"),
            new Rule(Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE), "<style> 样式"),
            new Rule(Pattern.compile("<(iframe|frame|object|embed)\\b", Pattern.CASE_INSENSITIVE), "嵌入其他网页或插件的标签"),
            new Rule(Pattern.compile("<(form|input|button|select|textarea)\\b", Pattern.CASE_INSENSITIVE), "表单控件"),
            new Rule(Pattern.compile("<(link|meta|base)\\b", Pattern.CASE_INSENSITIVE), "<link>/<meta> 标签"),
            new Rule(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE), "onclick 等事件属性"),
            new Rule(Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE), "javascript: 链接"),
            new Rule(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE), "style 样式属性"),
            new Rule(Pattern.compile("<(font|center|marquee|blink)\\b", Pattern.CASE_INSENSITIVE), "<font>/<center> 等过时标签"),
            new Rule(Pattern.compile("<[a-z][a-z0-9]*\\s[^>]*\\b(class|id)\\s*=", Pattern.CASE_INSENSITIVE), "class/id 属性"));

    private UnsafeHtml() {
    }

    /** The first removed construct in the body text, or null when none is recognised. */
    static Finding find(String markdown) {
        Finding first = null;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(markdown);
            if (m.find() && (first == null || lineIndex(markdown, m.start()) < first.lineIndex())) {
                first = new Finding(rule.what(), lineIndex(markdown, m.start()));
            }
        }
        return first;
    }

    private static int lineIndex(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
