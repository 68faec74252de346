package org.gazette.outputs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Folds iCalendar content lines to at most 75 octets, as RFC 5545 §3.1 asks. ical4j folds by
 * characters, which for Chinese text makes lines of 200 octets and more; some phone calendars then
 * cut titles short. Folds never split a UTF-8 character.
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /**
     * The UTF-8 bytes of unfolded iCalendar text (CRLF line ends), each line folded as late as it
     * can be. The bytes between folds are copied in one run each, not byte by byte: most lines
     * are shorter than 75 octets and are copied whole.
     */
    static byte[] fold(String unfolded) {
        byte[] input = unfolded.getBytes(StandardCharsets.UTF_8);
        // Each fold adds three bytes and comes after at least 72 bytes of content.
        byte[] out = new byte[input.length + (input.length / 72 + 1) * 3];
        int length = 0;
        int lineLength = 0;
        int copied = 0;
        int i = 0;
        while (i < input.length) {
            int b = input[i] & 0xFF;
            if (b == '\r' || b == '\n') {
                lineLength = 0;
                i++;
                continue;
            }
            int width = Math.min(sequenceLength(b), input.length - i);
            if (lineLength + width > MAX_OCTETS) {
                System.arraycopy(input, copied, out, length, i - copied);
                length += i - copied;
                copied = i;
                out[length++] = '\r';
                out[length++] = '\n';
                out[length++] = ' ';
                lineLength = 1;
            }
            lineLength += width;
            i += width;
        }
        System.arraycopy(input, copied, out, length, input.length - copied);
        length += input.length - copied;
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /** How many bytes the UTF-8 sequence starting with this byte has. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xF0) {
            return 4;
        }
        if (lead >= 0xE0) {
            return 3;
        }
        if (lead >= 0xC0) {
            return 2;
        }
        return 1;
    }
}
