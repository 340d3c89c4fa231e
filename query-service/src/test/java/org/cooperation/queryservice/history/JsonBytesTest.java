package org.cooperation.queryservice.history;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void writesStringsAsJacksonDoes() throws Exception {
        for (String value : new String[] {"", "plain ASCII 0-9 ~", "\"quoted\" and back\\slash", "tab\tline\nreturn\r",
                "bell\u0007 delete\u007f nul\u0000", "Düsseldorf", "東京", "handshake 🤝", "</script>"}) {
            byte[] written = new JsonBytes(4).put((byte) '"').string(value).put((byte) '"').toByteArray();

            assertThat(new String(written, UTF_8)).as(value).isEqualTo(JACKSON.writeValueAsString(value));
        }
    }

    @Test
    void growsBeyondItsInitialSize() {
        JsonBytes json = new JsonBytes(2);
        for (int i = 0; i < 1000; i++) {
            json.number(i).put((byte) ',');
        }

        assertThat(new String(json.toByteArray(), UTF_8)).startsWith("0,1,2,").endsWith(",998,999,").hasSize(3890);
    }
}
