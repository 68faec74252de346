package org.gazette.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gazette.markup.SafeHtml;

/**
 * JSON written to sit inside a page's {@code <script type="application/ld+json">}: besides JSON's own
 * escapes, {@code <}, {@code >} and {@code &} become {@code \u003C}, {@code \u003E} and {@code \u0026},
 * so no text an editor writes can close the script element (or open a comment) it is printed in,
 * and U+2028 and U+2029 are escaped for scripts that read the block as JavaScript.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private JsonLd() {
    }

    /** The value as script-safe JSON, printed by templates as it is. */
    public static SafeHtml write(Object value) {
        try {
            return new SafeHtml(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write structured data " + value, e);
        }
    }

    /** JSON's own escapes plus {@code <}, {@code >}, {@code &}, U+2028 and U+2029. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' ? LINE_SEPARATOR : ch == '\u2029' ? PARAGRAPH_SEPARATOR : null;
        }
    }
}
