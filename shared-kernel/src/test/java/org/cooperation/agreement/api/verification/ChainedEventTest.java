package org.cooperation.agreement.api.verification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainedEventTest {

    static final String PREVIOUS = "ab".repeat(32);

    /** Members in another order, with whitespace and an escaped Ü: none of it may change the hash. */
    static ChainedEvent extension(String payloadJson) {
        return new ChainedEvent(
                "jp-de-iot-2016",
                1,
                "e-1",
                "org.cooperation.agreement.TermExtended.v1",
                ChainedEvent.payload(payloadJson.getBytes(UTF_8)),
                Instant.parse("2021-02-11T09:30:00.120Z"),
                "secretariat",
                null,
                "c-1",
                null,
                PREVIOUS);
    }

    static final String PAYLOAD = """
            { "termEndsOn": "2026-04-27", "reference": "Brief \u2013 \\u00dc\\n2",
              "extensionsUsed": 1, "agreementId": "jp-de-iot-2016" }""";

    @Test
    void encodesTheEventAsCanonicalJson() {
        assertThat(new String(extension(PAYLOAD).canonical(), UTF_8))
                .isEqualTo(
                        "{\"agreementId\":\"jp-de-iot-2016\",\"client\":null,\"correlationId\":\"c-1\",\"eventId\":\"e-1\","
                                + "\"payload\":{\"agreementId\":\"jp-de-iot-2016\",\"extensionsUsed\":1,"
                                + "\"reference\":\"Brief \u2013 \u00dc\\n2\",\"termEndsOn\":\"2026-04-27\"},"
                                + "\"previousHash\":\"" + PREVIOUS + "\",\"principal\":\"secretariat\","
                                + "\"recordedAt\":\"2021-02-11T09:30:00.120Z\",\"sequence\":1,"
                                + "\"type\":\"org.cooperation.agreement.TermExtended.v1\"}");
    }

    /** Computed outside Java: printf '%s' "$canonical" | sha256sum. */
    @Test
    void hashesTheCanonicalFormWithSha256() {
        assertThat(extension(PAYLOAD).hash())
                .isEqualTo("b95f9f8e3467261249253fa713bb9ceb148f949a32b58217cbc5f18322a5496f");
    }

    @Test
    void changesTheHashWithAnyPartOfTheEvent() {
        String hash = extension(PAYLOAD).hash();
        assertThat(extension(PAYLOAD.replace("2026-04-27", "2026-04-28")).hash())
                .isNotEqualTo(hash);
        ChainedEvent e = extension(PAYLOAD);
        assertThat(new ChainedEvent(
                                e.agreementId(),
                                e.sequence(),
                                e.eventId(),
                                e.type(),
                                e.payload(),
                                e.recordedAt(),
                                "someone else",
                                e.client(),
                                e.correlationId(),
                                e.reason(),
                                e.previousHash())
                        .hash())
                .isNotEqualTo(hash);
        assertThat(new ChainedEvent(
                                e.agreementId(),
                                e.sequence(),
                                e.eventId(),
                                e.type(),
                                e.payload(),
                                e.recordedAt().plusMillis(1),
                                e.principal(),
                                e.client(),
                                e.correlationId(),
                                e.reason(),
                                e.previousHash())
                        .hash())
                .isNotEqualTo(hash);
        assertThat(new ChainedEvent(
                                e.agreementId(),
                                e.sequence(),
                                e.eventId(),
                                e.type(),
                                e.payload(),
                                e.recordedAt(),
                                e.principal(),
                                e.client(),
                                e.correlationId(),
                                e.reason(),
                                "cd".repeat(32))
                        .hash())
                .isNotEqualTo(hash);
    }

    /** Why is part of the event; an event whose command said nothing hashes as events chained before reasons did. */
    @Test
    void coversTheReasonOnlyWhenTheCommandGaveOne() {
        ChainedEvent e = extension(PAYLOAD);
        ChainedEvent withReason = new ChainedEvent(
                e.agreementId(),
                e.sequence(),
                e.eventId(),
                e.type(),
                e.payload(),
                e.recordedAt(),
                e.principal(),
                e.client(),
                e.correlationId(),
                "consent letter of 2021-02-01",
                e.previousHash());
        assertThat(new String(withReason.canonical(), UTF_8))
                .contains(",\"reason\":\"consent letter of 2021-02-01\",\"recordedAt\":");
        assertThat(withReason.hash()).isNotEqualTo(e.hash());
        assertThat(new String(e.canonical(), UTF_8)).doesNotContain("\"reason\"");
    }
}
