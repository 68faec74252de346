package org.gazette.markup;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text a reader sees in a body that {@link MarkdownBody} wrote, taken from the same flexmark tree
 * rather than by parsing the HTML again: what jsoup's {@code text()} gives for that HTML. Each node
 * contributes the text flexmark's renderer writes for it; every element flexmark writes for a block
 * (and {@code <br>}) separates words by one space, other whitespace collapses to one space, zero-width
 * spaces and soft hyphens vanish, and code blocks keep their whitespace, as jsoup reads them. A node
 * of a kind not listed here makes the answer null, and the caller takes the text from the HTML.
 */
final class BodyText {

    private final BodyRun run;
    private final StringBuilder out = new StringBuilder(256);
    private boolean known = true;

    private BodyText(BodyRun run) {
        this.run = run;
    }

    /** The body's text, or null when the tree holds a node this reading does not know. */
    static String of(Document ast, BodyRun run) {
        BodyText text = new BodyText(run);
        text.children(ast);
        return text.known ? text.out.toString().trim() : null;
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null && known; child = child.getNext()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof Text) {
            // Line ends need no normalising: every one is whitespace to text(). Only a backslash or
            // an ampersand can make the unescaped text differ from the source.
            BasedSequence chars = node.getChars();
            text(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : chars.unescape());
        } else if (node instanceof TextBase || node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link) {
            children(node);
        } else if (node instanceof Paragraph || node instanceof Heading || node instanceof BulletList || node instanceof OrderedList
                || node instanceof ListItem || node instanceof BlockQuote || node instanceof TableHead || node instanceof TableBody
                || node instanceof TableRow || node instanceof TableCell) {
            block(node);
        } else if (node instanceof TableBlock table) {
            separate();
            if (run.attachmentId(table) != null) {
                // The caption MarkdownBody writes for a table that is also an attachment.
                text(run.attachmentTitle(table));
                separate();
            }
            block(table);
        } else if (node instanceof SoftLineBreak soft) {
            if (CjkSoftBreaks.writesNewline(soft)) {
                text("\n");
            }
        } else if (node instanceof HardLineBreak) {
            separate(); // <br>
            text("\n");
        } else if (node instanceof HtmlEntity) {
            text(node.getChars().unescape());
        } else if (node instanceof Code code) {
            text(Escaping.collapseWhitespace(code.getText(), true));
        } else if (node instanceof FencedCodeBlock code) {
            preformatted(code.getContentChars().normalizeEOL());
        } else if (node instanceof IndentedCodeBlock code) {
            preformatted(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (node instanceof ThematicBreak) {
            separate();
        } else if (node instanceof AutoLink link) {
            text(link.getText().toString());
        } else if (node instanceof MailLink link) {
            text(link.getText().unescape());
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node instanceof ImageRef ref) {
            if (!ref.isDefined()) {
                text(ref.getChars().unescape()); // flexmark writes an undefined reference as its source
            }
        } else if (!(node instanceof Image || node instanceof Reference || node instanceof BlankLine || node instanceof TableSeparator)) {
            known = false; // images show no text; reference definitions, blank lines and separators write nothing
        }
    }

    private void block(Node node) {
        separate();
        children(node);
        separate();
    }

    /** A defined reference is a link around its text; flexmark writes an undefined one as its source. */
    private void linkRef(LinkRef ref) {
        if (ref.isDefined()) {
            children(ref);
        } else if (!ref.hasChildren()) {
            text(ref.getChars().unescape());
        } else {
            text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
            children(ref);
            text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
        }
    }

    /** An element boundary jsoup reads as a word break: one space, unless the text already ends in one. */
    private void separate() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Text as jsoup normalises it outside {@code <pre>}. */
    private void text(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c != '\u200b' && c != '\u00ad') {
                out.appendCodePoint(c);
            }
        }
    }

    /** A code block: {@code <pre>} keeps its text as it is. */
    private void preformatted(String text) {
        separate();
        out.append(text);
        separate();
    }
}
