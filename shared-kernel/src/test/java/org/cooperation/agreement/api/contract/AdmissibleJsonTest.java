package org.cooperation.agreement.api.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Records stored before the command side refused inadmissible characters are repaired, everything else kept. */
class AdmissibleJsonTest {

    @Test
    void aCleanRecordIsTheSameBytes() {
        byte[] clean = "{\"name\":\"Bundesministerium \\\"BMWi\\\"\",\"hosts\":[\"DE\",\"JP\"]}".getBytes(UTF_8);

        assertThat(AdmissibleJson.of(clean)).isSameAs(clean);
    }

    @Test
    void textsInObjectsAndArraysAtAnyDepthAreRepaired() {
        byte[] stored =
                "{\"a\":\"x\\u0000y\",\"b\":{\"c\":[\"ok\",\"\\ud800\",{\"d\":\"\\uffff\"}]},\"n\":3}".getBytes(UTF_8);

        assertThat(new String(AdmissibleJson.of(stored), UTF_8))
                .isEqualTo("{\"a\":\"x\uFFFDy\",\"b\":{\"c\":[\"ok\",\"\uFFFD\",{\"d\":\"\uFFFD\"}]},\"n\":3}");
    }

    @Test
    void anEscapeThatNeedsNoRepairKeepsTheBytes() {
        byte[] escaped = "{\"a\":\"line\\nbreak\",\"b\":[\"tab\\there\"]}".getBytes(UTF_8);

        assertThat(AdmissibleJson.of(escaped)).isSameAs(escaped);
    }

    @Test
    void anUnreadableRecordIsLeftForItsReaderToRefuse() {
        byte[] unreadable = "{\"a\":\"\\u0000".getBytes(UTF_8);

        assertThat(AdmissibleJson.of(unreadable)).isSameAs(unreadable);
    }
}
