package org.gazette.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A page as a template writes it, kept in memory until it is written whole: unsynchronised, unlike
 * {@link java.io.StringWriter}, and encoded in one pass straight from its characters into a buffer
 * its thread reuses, then written with one call, unlike a page written piece by piece through an
 * {@link java.io.OutputStreamWriter} or made a {@code String}, then a {@code byte[]}, then written
 * 8 KB at a time by {@code Files.write} (docs/performance.md).
 */
final class PageText extends Writer {

    /** Pages up to this many bytes reuse their thread's buffer; a larger one gets its own. */
    private static final int REUSED_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuffer> BYTES = ThreadLocal.withInitial(() -> ByteBuffer.allocate(256 * 1024));

    private char[] chars = new char[32 * 1024];
    private int length;

    @Override
    public void write(char[] source, int offset, int count) {
        ensureRoom(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String string, int offset, int count) {
        ensureRoom(count);
        string.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(int c) {
        ensureRoom(1);
        chars[length++] = (char) c;
    }

    @Override
    public Writer append(CharSequence text) {
        write(String.valueOf(text));
        return this;
    }

    private void ensureRoom(int count) {
        if (chars.length - length < count) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
    }

    /**
     * Writes the page to {@code file} (created or replaced) in {@code charset}; like
     * {@link String#getBytes(Charset)}, a character the charset cannot encode becomes its replacement.
     */
    void writeTo(Path file, Charset charset) throws IOException {
        ByteBuffer bytes = encode(charset);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /** The page in {@code charset}, in its thread's buffer until the thread's next page. */
    private ByteBuffer encode(Charset charset) throws CharacterCodingException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int most = (int) Math.ceil((double) length * encoder.maxBytesPerChar());
        ByteBuffer bytes = buffer(most);
        CoderResult result = encoder.encode(CharBuffer.wrap(chars, 0, length), bytes, true);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        result = encoder.flush(bytes);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        return bytes.flip();
    }

    private static ByteBuffer buffer(int size) {
        if (size > REUSED_BYTES) {
            return ByteBuffer.allocate(size);
        }
        ByteBuffer reused = BYTES.get();
        if (reused.capacity() < size) {
            reused = ByteBuffer.allocate(REUSED_BYTES);
            BYTES.set(reused);
        }
        return reused.clear();
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
