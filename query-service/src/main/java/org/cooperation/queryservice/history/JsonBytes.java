package org.cooperation.queryservice.history;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Arrays;

/**
 * A growing buffer of JSON text in UTF-8, for {@link HistoryPages}. Strings get Jackson's own
 * escaping; the many that are plain ASCII with nothing to escape (ids, types, dates) are copied as
 * they are, without a buffer of their own.
 */
final class JsonBytes {

    private byte[] bytes;
    private int length;

    JsonBytes(int initialSize) {
        bytes = new byte[initialSize];
    }

    JsonBytes put(byte[] raw) {
        room(raw.length);
        System.arraycopy(raw, 0, bytes, length, raw.length);
        length += raw.length;
        return this;
    }

    JsonBytes put(byte raw) {
        room(1);
        bytes[length++] = raw;
        return this;
    }

    JsonBytes number(long value) {
        return ascii(Long.toString(value));
    }

    /** A string's content between quotes, escaped as JSON wants it. */
    JsonBytes string(String value) {
        return plainAscii(value) ? ascii(value) : put(JsonStringEncoder.getInstance().quoteAsUTF8(value));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private JsonBytes ascii(String value) {
        room(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    /** Printable ASCII other than the quote and the backslash, which JSON takes as they are. */
    private static boolean plainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
