package org.gazette.content;

/**
 * A document split into its YAML front matter and its Markdown body.
 *
 * @param yaml          the text between the two {@code ---} lines
 * @param yamlFirstLine the file line the YAML starts on (2 when the file starts with {@code ---})
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Why a file could not be split: the line to look at and what to do. */
    public static final class MissingException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String hint;

        MissingException(int line, String message, String hint) {
            super(message);
            this.line = line;
            this.hint = hint;
        }

        public int line() {
            return line;
        }

        public String hint() {
            return hint;
        }
    }

    /** Splits a decoded document; the first non-empty line must be {@code ---}. */
    public static FrontMatter split(String text) throws MissingException {
        int pos = 0;
        int line = 1;
        // Blank lines before the opening --- are tolerated; anything else is not front matter.
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (stripped(text, pos, end) < end) {
                break;
            }
            pos = Math.min(text.length(), end + 1);
            line++;
        }
        int openEnd = lineEnd(text, pos);
        String opening = text.substring(pos, openEnd).strip();
        if (!opening.equals("---")) {
            if (opening.matches("[-—－─]{2,}") || opening.matches("-{4,}")) {
                throw new MissingException(line, "front matter 的开始行写成了“" + opening + "”",
                        "第一行只写三个半角减号 ---");
            }
            throw new MissingException(line, "文件开头没有 front matter（两行 --- 之间的 title、date 等字段）",
                    "在文件第一行写 ---，接着写 title: …、date: … 等字段，再写一行 --- 结束，然后是正文");
        }
        int yamlStart = Math.min(text.length(), openEnd + 1);
        int yamlFirstLine = line + 1;
        int cursor = yamlStart;
        int cursorLine = yamlFirstLine;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            if (isClosing(text, cursor, end)) {
                String yaml = text.substring(yamlStart, cursor);
                int bodyStart = Math.min(text.length(), end + 1);
                return new FrontMatter(yaml, yamlFirstLine, text.substring(bodyStart), cursorLine + 1);
            }
            cursor = end + 1;
            cursorLine++;
        }
        throw new MissingException(line, "front matter 没有结束：找不到第二行 ---",
                "在最后一个字段之后、正文之前单独写一行 ---");
    }

    /**
     * Whether the line from {@code from} to {@code to}, stripped, is {@code ---} or {@code ...}; looked
     * at in place, because every line of every front matter passes here.
     */
    private static boolean isClosing(String text, int from, int to) {
        int start = stripped(text, from, to);
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start == 3 && (text.startsWith("---", start) || text.startsWith("...", start));
    }

    /** The index of the first character from {@code from} that is not white space, or {@code to}. */
    private static int stripped(String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
