package org.gazette.render;

import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A page as a template writes it, kept in memory until it is written whole: unsynchronised, unlike
 * {@link java.io.StringWriter}, and encoded in one call, unlike a page written piece by piece
 * through an {@link java.io.OutputStreamWriter} (docs/performance.md).
 */
final class PageText extends Writer {

    private final StringBuilder text = new StringBuilder(64 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    /** The page in the given encoding. */
    byte[] encode(Charset charset) {
        return text.toString().getBytes(charset);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
