package org.cooperation.queryservice.reading.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        // For a string of ASCII only (ids, types, dates, most names) the encoding is an array copy,
        // and checking its bytes is cheaper than checking its chars one call at a time.
        byte[] utf8 = value.getBytes(UTF_8);
        return utf8.length == value.length() && nothingToEscape(utf8)
                ? put(utf8)
                : put(JsonStringEncoder.getInstance().quoteAsUTF8(value));
    }

    /**
     * An instant's content between quotes, exactly as {@link Instant#toString()} and the web layer
     * write it (seconds always, then as many groups of three fraction digits as it needs), without
     * the formatter's cost per call: every history event has one.
     */
    JsonBytes instant(OffsetDateTime time) {
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return ascii(utc.toInstant().toString());
        }
        digits(utc.getYear(), 4)
                .put((byte) '-')
                .digits(utc.getMonthValue(), 2)
                .put((byte) '-')
                .digits(utc.getDayOfMonth(), 2)
                .put((byte) 'T')
                .digits(utc.getHour(), 2)
                .put((byte) ':')
                .digits(utc.getMinute(), 2)
                .put((byte) ':')
                .digits(utc.getSecond(), 2);
        int nano = utc.getNano();
        if (nano > 0) {
            put((byte) '.');
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(nano / 1_000, 6);
            } else {
                digits(nano, 9);
            }
        }
        return put((byte) 'Z');
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private JsonBytes ascii(String value) {
        return put(value.getBytes(UTF_8));
    }

    /** A non-negative number in exactly {@code count} digits, zeros in front. */
    private JsonBytes digits(int value, int count) {
        room(count);
        for (int i = count - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
        return this;
    }

    /** Printable ASCII other than the quote and the backslash, which JSON takes as they are. */
    private static boolean nothingToEscape(byte[] ascii) {
        for (byte b : ascii) {
            if (b < 0x20 || b == 0x7f || b == '"' || b == '\\') {
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
