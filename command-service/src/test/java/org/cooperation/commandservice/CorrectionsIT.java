package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.cooperation.agreement.api.verification.ChainLink;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Rule 17 through HTTP and the topic: {@code POST .../corrections} retracts a fact by its sequence,
 * with a reason, and may enter the corrected fact in its place, read as the body of its own command;
 * {@code POST .../void} voids an agreement entered in error. Refusals name the field and the rule and
 * store nothing.
 */
class CorrectionsIT extends AgreementCommandIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private static final String WHY = "Entered in error: the minutes name Robotics (minutes of 2025-03-04, item 3)";

    @Test
    void retractsAFactAndEntersTheCorrectedOneInItsPlace() throws Exception {
        String id = signed("corrected-field", SIGNED_ON);
        accepted(id, "fields", """
                { "field": "Robtics", "addedOn": "%s" }""".formatted(day(30)));

        long version = accepted(id, "corrections", """
                { "sequence": 1, "reason": "%s", "replacement": { "field": "Robotics", "addedOn": "%s" } }""".formatted(WHY, day(30)));

        assertThat(version).isEqualTo(3);
        assertThat(StoredEvents.of(jdbc, id))
                .containsExactly(
                        "AgreementSigned", "FieldOfCooperationAdded", "FactRetracted", "FieldOfCooperationAdded");
        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 4, Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> retraction = records.get(2);
        assertThat(AgreementTopic.header(retraction, EventHeaders.TYPE))
                .isEqualTo("org.cooperation.agreement.FactRetracted.v1");
        assertThat(AgreementTopic.header(retraction, EventHeaders.REASON)).isEqualTo(WHY);
        JsonNode payload = json.readTree(retraction.value());
        assertThat(payload.get("retractedSequence").asLong()).isEqualTo(1);
        assertThat(payload.get("retractedType").asText()).isEqualTo("FieldOfCooperationAdded");
        assertThat(payload.get("reason").asText()).isEqualTo(WHY);
        assertThat(PublishedSchemas.violations("org.cooperation.agreement.FactRetracted.v1", payload))
                .isEmpty();
        assertThat(json.readTree(records.get(3).value()).get("field").asText()).isEqualTo("Robotics");

        // Why is chained with who and when: a partner recomputes every hash from the record, reason included.
        for (ConsumerRecord<String, byte[]> record : records) {
            ChainLink link = ChainLink.fromRecord(name -> AgreementTopic.header(record, name), record.value());
            assertThat(link.event().hash()).isEqualTo(link.claimedHash());
        }
        assertThat(ChainLink.fromRecord(name -> AgreementTopic.header(retraction, name), retraction.value())
                        .event()
                        .reason())
                .isEqualTo(WHY);
        assertThat(json.readTree(http.getForEntity("/api/agreements/" + id + "/verification", String.class)
                        .getBody()))
                .isEqualTo(json.readTree("{\"valid\":true}"));
    }

    @Test
    void readsTheReplacementAsTheBodyOfItsOwnCommand() throws Exception {
        String id = signed("replacement-as-body", SIGNED_ON);
        accepted(id, "fields", """
                { "field": "Robtics", "addedOn": "%s" }""".formatted(day(30)));

        JsonNode badDate = refused(id, "corrections", """
                { "sequence": 1, "reason": "typo", "replacement": { "field": "Robotics", "addedOn": "2016-4-28" } }""", HttpStatus.BAD_REQUEST);
        JsonNode unknown = refused(id, "corrections", """
                { "sequence": 1, "reason": "typo", "replacement": { "field": "Robotics", "colour": "red" } }""", HttpStatus.BAD_REQUEST);
        JsonNode missing = refused(id, "corrections", """
                { "sequence": 1, "reason": "typo", "replacement": { "addedOn": "%s" } }""".formatted(day(30)), HttpStatus.BAD_REQUEST);
        JsonNode ownReason = refused(id, "corrections", """
                { "sequence": 1, "reason": "typo", "replacement": { "field": "Robotics", "addedOn": "%s",
                  "reason": "another" } }""".formatted(day(30)), HttpStatus.BAD_REQUEST);

        assertThat(badDate.get("errors").get(0).get("field").asText()).isEqualTo("replacement.addedOn");
        assertThat(badDate.get("errors").get(0).get("rule").asText()).isEqualTo("iso-date");
        assertThat(unknown.get("errors").get(0).get("field").asText()).isEqualTo("replacement.colour");
        assertThat(unknown.get("errors").get(0).get("rule").asText()).isEqualTo("unknown-property");
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("replacement.field");
        assertThat(missing.get("errors").get(0).get("rule").asText()).isEqualTo("required");
        assertThat(ownReason.get("errors").get(0).get("field").asText()).isEqualTo("replacement.reason");
    }

    @Test
    void judgesTheReplacementByTheRulesOfItsKind() throws Exception {
        String id = signed("replacement-by-rules", SIGNED_ON);
        accepted(id, "fields", """
                { "field": "Robtics", "addedOn": "%s" }""".formatted(day(30)));

        JsonNode problem =
                refused(id, "corrections", """
                { "sequence": 1, "reason": "typo", "replacement": { "field": "Robotics", "addedOn": "%s" } }""".formatted(SIGNED_ON.minusDays(1)), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("field-before-signature");
        assertThat(problem.get("field").asText()).isEqualTo("replacement.addedOn");
    }

    @Test
    void refusesToRetractTheSignatureOrAnUnknownFactNamingTheRule() throws Exception {
        String id = signed("retract-signature", SIGNED_ON);

        JsonNode signature = refused(id, "corrections", """
                { "sequence": 0, "reason": "wrong agreement", "replacement": { "field": "x" } }""", HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode unknown = refused(id, "corrections", """
                { "sequence": 7, "reason": "no such fact" }""", HttpStatus.UNPROCESSABLE_ENTITY);
        // A replacement for a sequence beyond the history is not read: the refusal names the rule, not a 500.
        JsonNode unknownReplaced = refused(id, "corrections", """
                { "sequence": 9223372036854775807, "reason": "no such fact", "replacement": { "field": "x" } }""", HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode noReason = refused(id, "corrections", """
                { "sequence": 1 }""", HttpStatus.BAD_REQUEST);

        assertThat(signature.get("rule").asText()).isEqualTo("signature-not-retractable");
        assertThat(signature.get("field").asText()).isEqualTo("sequence");
        assertThat(unknown.get("rule").asText()).isEqualTo("fact-unknown");
        assertThat(unknownReplaced.get("rule").asText()).isEqualTo("fact-unknown");
        assertThat(noReason.get("errors").get(0).get("field").asText()).isEqualTo("reason");
    }

    @Test
    void voidsAnAgreementEnteredInErrorWhichThenTakesNoCommand() throws Exception {
        String id = signed("voided", SIGNED_ON);

        assertThat(accepted(id, "void", """
                { "reason": "Entered twice; the record is jp-de-iot-2016" }""")).isEqualTo(1);
        JsonNode problem = refused(id, "fields", """
                { "field": "Robotics", "addedOn": "%s" }""".formatted(day(30)), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("agreement-voided");
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned", "AgreementVoided");
    }

    private static String day(int daysAfterSignature) {
        return SIGNED_ON.plusDays(daysAfterSignature).toString();
    }
}
