package org.gazette.markup;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A line break inside a paragraph becomes nothing between Chinese characters and a space elsewhere.
 * Editors wrap long Chinese lines (or paste text wrapped by a PDF); a space there would show as a gap
 * in the middle of a sentence.
 */
final class CjkSoftBreaks implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, this::render));
        }

        private void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
            if (writesNewline(node)) {
                html.raw("\n");
            }
        }
    }

    /** True when the break is written as a newline (a space to the reader), false when it is dropped. */
    static boolean writesNewline(SoftLineBreak node) {
        return !isCjk(lastChar(node.getPrevious())) && !isCjk(firstChar(node.getNext()));
    }

    static boolean isCjk(int c) {
        if (c < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…' || c == '—');
    }

    private static int lastChar(Node node) {
        if (node == null) {
            return -1;
        }
        BasedSequence chars = node.getChars();
        while (node != null && chars.isEmpty()) {
            node = node.getPrevious();
            chars = node == null ? BasedSequence.NULL : node.getChars();
        }
        return chars.isEmpty() ? -1 : chars.charAt(chars.length() - 1);
    }

    private static int firstChar(Node node) {
        if (node == null) {
            return -1;
        }
        BasedSequence chars = node.getChars();
        return chars.isEmpty() ? -1 : chars.charAt(0);
    }
}
