package org.gazette.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an editor's text file: strict UTF-8 (a GBK file from an old Windows editor is reported, not
 * garbled), an optional byte order mark removed, Windows and old Mac line endings turned into LF.
 */
public final class SourceText {

    private SourceText() {
    }

    /** A file that is not valid UTF-8; {@code line} is where the first bad byte is. */
    public static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static String read(Path file) throws IOException {
        String text;
        try {
            // Strict in one pass: the JDK's own decoding, which here refuses a bad byte instead of
            // marking it, so the text need not be searched for a mark afterwards.
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            return decode(Files.readAllBytes(file)); // not UTF-8: decoded again to find the line
        }
        return normalised(text);
    }

    /** Decodes bytes as strict UTF-8 with the normalisations above. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        // The JDK's own UTF-8 decoding is several times faster than a reporting decoder; it marks a
        // bad byte with U+FFFD, and only then is the file decoded again strictly, to find the line.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new NotUtf8Exception(lineOfFirstBadByte(bytes));
            }
        }
        return normalised(text);
    }

    /** The text without a byte order mark, with LF line endings. */
    private static String normalised(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int badAt = in.position();
        int line = 1;
        for (int i = 0; i < badAt; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
