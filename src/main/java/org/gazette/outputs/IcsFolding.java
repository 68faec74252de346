package org.gazette.outputs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines to at most 75 octets, as RFC 5545 §3.1 asks. ical4j folds by
 * characters, which for Chinese text makes lines of 200 octets and more; some phone calendars then
 * cut titles short. Folds never split a UTF-8 character.
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** The UTF-8 bytes of unfolded iCalendar text (CRLF line ends), each line folded. */
    static byte[] fold(String unfolded) {
        byte[] input = unfolded.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + input.length / 20);
        int lineLength = 0;
        int i = 0;
        while (i < input.length) {
            int b = input[i] & 0xFF;
            if (b == '\r' || b == '\n') {
                out.write(b);
                lineLength = 0;
                i++;
                continue;
            }
            int width = sequenceLength(b);
            if (lineLength + width > MAX_OCTETS) {
                out.write('\r');
                out.write('\n');
                out.write(' ');
                lineLength = 1;
            }
            out.write(input, i, Math.min(width, input.length - i));
            lineLength += width;
            i += width;
        }
        return out.toByteArray();
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
