package org.cooperation.queryservice.reading.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON text in UTF-8, for {@link HistoryPages}, held in chunks and written out as it is. Strings get
 * Jackson's own escaping; the many with nothing to escape (ids, types, dates, most names) are copied
 * as they are, without a buffer of their own.
 *
 * <p>Chunks rather than one array that doubles: a page of a thousand events is about half a
 * megabyte, and the doubling copied it once more than that in all, then once again into an array of
 * the exact size; arrays that large are also the garbage collector's costliest (G1 gives each its
 * own regions). Nothing is copied here but the text itself, once.
 */
final class JsonBytes {

    private final int chunkSize;
    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> fullLengths = new ArrayList<>();
    private byte[] bytes;
    private int length;

    JsonBytes(int chunkSize) {
        this.chunkSize = chunkSize;
        bytes = new byte[chunkSize];
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

    /**
     * A string's content between quotes, given as its UTF-8 bytes (as the database driver hands them
     * over, valid UTF-8 as the database keeps it), escaped as JSON wants it: as they are when nothing
     * needs escaping, which saves decoding them into a String and encoding that again.
     */
    JsonBytes utf8(byte[] value) {
        return nothingToEscape(value) ? put(value) : string(new String(value, UTF_8));
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

    /** How many bytes have been written. */
    long size() {
        long size = length;
        for (int chunk : fullLengths) {
            size += chunk;
        }
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < full.size(); i++) {
            out.write(full.get(i), 0, fullLengths.get(i));
        }
        out.write(bytes, 0, length);
    }

    byte[] toByteArray() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size());
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    /**
     * Printable ASCII other than the quote and the backslash, and any byte of a multi-byte UTF-8
     * character (negative as a Java byte), which JSON takes as they are.
     */
    private static boolean nothingToEscape(byte[] utf8) {
        for (byte b : utf8) {
            if ((b >= 0 && b < 0x20) || b == 0x7f || b == '"' || b == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Room for {@code more} bytes in one piece: the current chunk, or a new one when it is full. */
    private void room(int more) {
        if (length + more > bytes.length) {
            full.add(bytes);
            fullLengths.add(length);
            bytes = new byte[Math.max(chunkSize, more)];
            length = 0;
        }
    }
}
