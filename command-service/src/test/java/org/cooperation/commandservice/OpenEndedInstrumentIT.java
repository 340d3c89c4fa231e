package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Japan–India MOC of 2018 states no term: signed without one through HTTP, it is published as
 * {@code AgreementSigned.v2} without term or end, no expiry is scheduled, an extension is refused
 * with a rule of its own, and a notice ends it on the day it names.
 */
class OpenEndedInstrumentIT extends AgreementCommandIT {

    static String digitalPartnership(String agreementId) {
        return """
                { "agreementId": "%s",
                  "title": "Memorandum of Cooperation on a Japan-India Digital Partnership",
                  "kind": "MEMORANDUM_OF_COOPERATION",
                  "parties": [
                    { "code": "JP-METI", "name": "Ministry of Economy, Trade and Industry", "country": "JP",
                      "signatory": { "name": "Hiroshige Seko", "title": "Minister of Economy, Trade and Industry" } },
                    { "code": "IN-MEITY", "name": "Ministry of Electronics and Information Technology", "country": "IN",
                      "signatory": { "name": "Sujan R. Chinoy", "title": "Ambassador of India to Japan" } } ],
                  "signedOn": "2018-10-29", "place": "Tokyo", "terminationNoticeDays": 0 }""".formatted(agreementId);
    }

    @Test
    void publishesTheSignatureWithoutATermAndSchedulesNoExpiry() throws Exception {
        String id = "open-ended-moc";
        ResponseEntity<String> response = post("/api/agreements", digitalPartnership(id), Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);

        ConsumerRecord<String, byte[]> record = AgreementTopic.recordsOf(
                        bootstrapServers, id, 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(AgreementTopic.header(record, "ce_type")).isEqualTo("org.cooperation.agreement.AgreementSigned.v4");
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.has("term")).isFalse();
        assertThat(payload.has("termEndsOn")).isFalse();
        assertThat(payload.get("effectiveFrom").asText()).isEqualTo("2018-10-29");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?")
                        .param("%" + id + "%")
                        .query(Long.class)
                        .single())
                .as("no expiry is ever due")
                .isZero();
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned");
    }

    @Test
    void refusesAnExtensionWithARuleOfItsOwn() throws Exception {
        String id = "open-ended-extension";
        assertThat(post("/api/agreements", digitalPartnership(id), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        JsonNode problem = refused(id, "extensions", """
                { "consents": [ { "party": "JP-METI", "letterDate": "2023-10-01", "reference": "METI letter" },
                                { "party": "IN-MEITY", "letterDate": "2023-10-02", "reference": "MeitY letter" } ] }""", HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("open-ended-not-extensible");
        assertThat(problem.get("field").asText()).isEqualTo("agreementId");
    }

    @Test
    void endsOnTheDayTheNoticeNamesAndRecordsTheTerminationOnceThatDayHasPassed() throws Exception {
        String id = "open-ended-notice";
        assertThat(post("/api/agreements", digitalPartnership(id), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        accepted(id, "termination-notices", """
                { "party": "IN-MEITY", "noticeDate": "2024-01-10", "endsOn": "2024-01-10", "reference": "Note verbale" }""");

        StoredEvents.await(
                jdbc,
                id,
                List.of("AgreementSigned", "TerminationNoticeGiven", "AgreementTerminated"),
                Duration.ofSeconds(30));
    }
}
