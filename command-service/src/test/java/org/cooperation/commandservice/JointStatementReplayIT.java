package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventTypes;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The 2016 Joint Statement (sources/jp-de-joint-statement-iot-industrie40-2016.txt) entered through
 * HTTP today, years after it happened, as a secretariat enters history: the system records the
 * expiry of its initial term at once, and corrects it when the 2021 extension is entered.
 */
class JointStatementReplayIT extends AgreementCommandIT {

    private static final String ID = "jp-de-iot-2016-replay";
    private static final Duration A_WHILE = Duration.ofSeconds(30);

    @Test
    void replaysTheJointStatementFromSignatureToItsExtendedEnd() throws Exception {
        assertThat(post("/api/agreements", Requests.jointStatement(ID), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        // The initial term's last day, 2021-04-27, is long past: its expiry is recorded at once.
        StoredEvents.await(jdbc, ID, List.of("AgreementSigned", "AgreementExpired"), A_WHILE);

        assertThat(accepted(ID, "annual-meetings", meeting("2017-03-19", "DE", "Hannover", null)))
                .isEqualTo(2);
        assertThat(accepted(ID, "annual-meetings", meeting("2018-10-04", "JP", "Tokyo", null)))
                .isEqualTo(3);
        JsonNode sameHost = refused(
                ID, "annual-meetings", meeting("2019-09-26", "JP", "Tokyo", null), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameHost.get("rule").asText()).isEqualTo("host-must-alternate");
        assertThat(sameHost.get("field").asText()).isEqualTo("hostCountry");

        assertThat(accepted(ID, "extensions", extension("2021-02-01", "2021-02-10")))
                .isEqualTo(5);
        // The extension revoked the wrong expiry; the extended term ended 2026-04-27 and expires in turn.
        List<String> story = List.of(
                "AgreementSigned",
                "AgreementExpired",
                "AnnualMeetingRecorded",
                "AnnualMeetingRecorded",
                "ExpiryRevoked",
                "TermExtended",
                "AgreementExpired");
        StoredEvents.await(jdbc, ID, story, A_WHILE);
        JsonNode secondExtension =
                refused(ID, "extensions", extension("2026-02-02", "2026-02-03"), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(secondExtension.get("rule").asText()).isEqualTo("no-extensions-left");

        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, ID, story.size(), A_WHILE);
        assertThat(AgreementTopic.types(records))
                .isEqualTo(story.stream()
                        .map(JointStatementReplayIT::publishedType)
                        .toList());
        assertThat(records)
                .extracting(record -> AgreementTopic.header(record, EventHeaders.SEQUENCE))
                .containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(AgreementTopic.header(records.get(6), EventHeaders.PRINCIPAL))
                .isEqualTo("system:deadline");
        JsonNode extended = json.readTree(records.get(5).value());
        assertThat(extended.get("termEndsOn").asText()).isEqualTo("2026-04-27");
        assertThat(extended.get("extensionsLeft").asInt()).isZero();
        JsonNode finalExpiry = json.readTree(records.get(6).value());
        assertThat(finalExpiry.get("lastDayInForce").asText()).isEqualTo("2026-04-27");
        assertThat(finalExpiry.get("expiredOn").asText()).isEqualTo("2026-04-28");
    }

    /** The {@code ce_type} of an event's current version, by the event's simple name. */
    private static String publishedType(String simpleName) {
        return EventTypes.all().stream()
                .filter(type -> type.getSimpleName().equals(simpleName))
                .map(EventTypes::typeName)
                .findFirst()
                .orElseThrow();
    }

    static String meeting(String heldOn, String hostCountry, String city, String deviationReason) {
        return """
                { "heldOn": "%s", "hostCountry": "%s", "city": "%s", "level": "Director-General",
                  "attendees": ["BMWi", "METI", "Plattform Industrie 4.0", "Robot Revolution Initiative"],
                  "outcomes": ["Progress of the cooperation reviewed"], "deviationReason": %s }
                """.formatted(
                        heldOn, hostCountry, city, deviationReason == null ? "null" : "\"" + deviationReason + "\"");
    }

    static String extension(String bmwiLetterDate, String metiLetterDate) {
        return """
                { "consents": [ { "party": "DE-BMWI", "letterDate": "%s", "reference": "BMWi IV-%1$s" },
                                { "party": "JP-METI", "letterDate": "%s", "reference": "METI-MIPO-%2$s" } ] }
                """.formatted(bmwiLetterDate, metiLetterDate);
    }
}
