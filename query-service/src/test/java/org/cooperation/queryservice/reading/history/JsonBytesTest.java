package org.cooperation.queryservice.reading.history;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static final String[] STRINGS = {
        "",
        "plain ASCII 0-9 ~",
        "\"quoted\" and back\\slash",
        "tab\tline\nreturn\r",
        "bell\u0007 delete\u007f nul\u0000",
        "Düsseldorf",
        "東京",
        "handshake 🤝",
        "</script>"
    };

    @Test
    void writesStringsAsJacksonDoes() throws Exception {
        for (String value : STRINGS) {
            byte[] written = new JsonBytes(4)
                    .put((byte) '"')
                    .string(value)
                    .put((byte) '"')
                    .toByteArray();

            assertThat(new String(written, UTF_8)).as(value).isEqualTo(JACKSON.writeValueAsString(value));
        }
    }

    @Test
    void writesUtf8FromTheDatabaseAsJacksonWritesTheString() throws Exception {
        for (String value : STRINGS) {
            byte[] written = new JsonBytes(4)
                    .put((byte) '"')
                    .utf8(value.getBytes(UTF_8))
                    .put((byte) '"')
                    .toByteArray();

            assertThat(new String(written, UTF_8)).as(value).isEqualTo(JACKSON.writeValueAsString(value));
        }
    }

    @Test
    void writesInstantsAsTheWebLayerDoes() {
        for (String instant : new String[] {
            "2016-04-28T09:00:00Z",
            "2016-04-28T09:00:00.100Z",
            "2016-04-28T09:00:00.120Z",
            "2016-04-28T09:00:00.123Z",
            "2016-04-28T09:00:00.000100Z",
            "2016-04-28T09:00:00.123456Z",
            "2016-04-28T09:00:00.000000001Z",
            "2016-04-28T09:00:00.123456789Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z"
        }) {
            Instant value = Instant.parse(instant);
            // As the driver hands it over: in the session's offset, which need not be UTC.
            OffsetDateTime fromDriver = value.atOffset(ZoneOffset.ofHours(9));

            byte[] written = new JsonBytes(4).instant(fromDriver).toByteArray();

            assertThat(new String(written, UTF_8)).isEqualTo(value.toString()).isEqualTo(instant);
        }
    }

    @Test
    void growsBeyondItsInitialSize() {
        JsonBytes json = new JsonBytes(2);
        for (int i = 0; i < 1000; i++) {
            json.number(i).put((byte) ',');
        }

        assertThat(new String(json.toByteArray(), UTF_8))
                .startsWith("0,1,2,")
                .endsWith(",998,999,")
                .hasSize(3890);
        assertThat(json.size()).isEqualTo(3890);
    }

    @Test
    void writesOutEveryChunkInOrder() throws Exception {
        JsonBytes json = new JsonBytes(8);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            String value = "value " + i + " ü";
            json.put((byte) '"').utf8(value.getBytes(UTF_8)).put((byte) '"');
            expected.append('"').append(value).append('"');
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        json.writeTo(out);

        assertThat(out.toString(UTF_8)).isEqualTo(expected.toString());
        assertThat(json.size()).isEqualTo(out.size());
    }
}
