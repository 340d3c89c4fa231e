package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Parties over time through HTTP and the topic: the European Commission accedes (an international
 * organisation without a country), hosts a meeting in Brussels, BMWi takes a new name, and METI's
 * notice among three parties is its withdrawal; each event as its published schema says. A party
 * of another kind without a country is a 400 naming the field.
 */
class PartiesOverTimeIT extends AgreementCommandIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);

    @Test
    void recordsAnAccessionAHostPartyANewNameAndAWithdrawal() throws Exception {
        String id = signed("parties-over-time", SIGNED_ON);

        assertThat(accepted(id, "accessions", """
                { "party": { "code": "EU-COMMISSION", "name": "European Commission", "kind": "INTERNATIONAL_ORGANISATION" },
                  "accededOn": "%s", "reference": "Instrument of accession" }""".formatted(day(10)))).isEqualTo(1);
        assertThat(accepted(id, "annual-meetings", """
                { "heldOn": "%s", "hostParty": "EU-COMMISSION", "hostCountry": "BE", "city": "Brussels",
                  "deviationReason": "The Commission hosts the first meeting after its accession" }""".formatted(day(20)))).isEqualTo(2);
        assertThat(accepted(id, "party-names", """
                { "party": "DE-BMWI", "name": "Federal Ministry for Economic Affairs and Climate Action",
                  "renamedOn": "%s" }""".formatted(day(30)))).isEqualTo(3);
        assertThat(accepted(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(
                                day(40), LocalDate.now(ZoneOffset.UTC).plusDays(60))))
                .isEqualTo(4);

        assertThat(StoredEvents.of(jdbc, id))
                .containsExactly(
                        "AgreementSigned",
                        "PartyAcceded",
                        "AnnualMeetingRecorded",
                        "PartyRenamed",
                        "WithdrawalNoticeGiven");
        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 5, Duration.ofSeconds(30));
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = AgreementTopic.header(record, "ce_type");
            assertThat(PublishedSchemas.violations(type, json.readTree(record.value())))
                    .as(type)
                    .isEmpty();
        }
        JsonNode accession = json.readTree(records.get(1).value());
        assertThat(accession.at("/party/kind").asText()).isEqualTo("INTERNATIONAL_ORGANISATION");
        assertThat(accession.at("/party").has("country")).isFalse();
        assertThat(json.readTree(records.get(2).value()).get("hostParty").asText())
                .isEqualTo("EU-COMMISSION");
    }

    @Test
    void refusesAGovernmentBodyWithoutACountryNamingTheField() throws Exception {
        String id = signed("parties-no-country", SIGNED_ON);

        JsonNode problem = refused(id, "accessions", """
                { "party": { "code": "FR-MEF", "name": "Ministry of the Economy" },
                  "accededOn": "%s", "reference": "Instrument of accession" }""".formatted(day(10)), HttpStatus.BAD_REQUEST);

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("party.country");
        assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("required");
    }

    @Test
    void refusesAnAccessionOnTheDayOfTheSignatureNamingTheRule() throws Exception {
        String id = signed("parties-early", SIGNED_ON);

        JsonNode problem = refused(id, "accessions", """
                { "party": { "code": "EU-COMMISSION", "name": "European Commission", "kind": "INTERNATIONAL_ORGANISATION" },
                  "accededOn": "%s", "reference": "Instrument of accession" }""".formatted(day(0)), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("accession-not-after-signature");
        assertThat(problem.get("field").asText()).isEqualTo("accededOn");
    }

    @Test
    void correctsAnAccessionAndRetractsAPendingWithdrawalNotice() throws Exception {
        String id = signed("parties-corrected", SIGNED_ON);
        String commission = """
                "party": { "code": "EU-COMMISSION", "name": "European Commission", "kind": "INTERNATIONAL_ORGANISATION" }""";
        accepted(id, "accessions", """
                { %s, "accededOn": "%s", "reference": "Instrument of accession" }""".formatted(commission, day(10)));

        assertThat(accepted(id, "corrections", """
                { "sequence": 1, "reason": "The instrument is dated two days later",
                  "replacement": { %s, "accededOn": "%s", "reference": "Instrument of accession" } }""".formatted(commission, day(12))))
                .isEqualTo(3);
        assertThat(accepted(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(
                                day(40), LocalDate.now(ZoneOffset.UTC).plusDays(60))))
                .isEqualTo(4);
        assertThat(accepted(id, "corrections", """
                { "sequence": 4, "reason": "The note verbale was a draft, never sent" }""")).isEqualTo(5);

        assertThat(StoredEvents.of(jdbc, id))
                .containsExactly(
                        "AgreementSigned",
                        "PartyAcceded",
                        "FactRetracted",
                        "PartyAcceded",
                        "WithdrawalNoticeGiven",
                        "FactRetracted");
        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 6, Duration.ofSeconds(30));
        assertThat(json.readTree(records.get(3).value()).get("accededOn").asText())
                .isEqualTo(day(12));
        assertThat(json.readTree(records.get(5).value()).get("retractedType").asText())
                .isEqualTo("WithdrawalNoticeGiven");
    }

    /**
     * METI's withdrawal took effect (its last day long past, so it fell due at once), then its notice
     * proved to have been entered in error: the correction revokes the withdrawal, and METI, a party
     * again, may give notice of its withdrawal later on.
     */
    @Test
    void revokesAWithdrawalThatTookEffectWhenItsNoticeIsRetracted() throws Exception {
        String id = signed("parties-withdrawal-revoked", SIGNED_ON);
        accepted(id, "accessions", """
                { "party": { "code": "EU-COMMISSION", "name": "European Commission", "kind": "INTERNATIONAL_ORGANISATION" },
                  "accededOn": "%s", "reference": "Instrument of accession" }""".formatted(day(10)));
        accepted(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(day(40), day(140)));
        StoredEvents.await(
                jdbc,
                id,
                List.of("AgreementSigned", "PartyAcceded", "WithdrawalNoticeGiven", "PartyWithdrew"),
                Duration.ofSeconds(30));

        assertThat(accepted(id, "corrections", """
                { "sequence": 2, "reason": "METI's note verbale was a draft, never sent" }""")).isEqualTo(5);
        assertThat(accepted(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(
                                day(200), LocalDate.now(ZoneOffset.UTC).plusDays(60))))
                .as("a party again after the revoked last day")
                .isEqualTo(6);

        assertThat(StoredEvents.of(jdbc, id))
                .containsExactly(
                        "AgreementSigned",
                        "PartyAcceded",
                        "WithdrawalNoticeGiven",
                        "PartyWithdrew",
                        "FactRetracted",
                        "WithdrawalRevoked",
                        "WithdrawalNoticeGiven");
        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 7, Duration.ofSeconds(30));
        String type = AgreementTopic.header(records.get(5), "ce_type");
        JsonNode revoked = json.readTree(records.get(5).value());
        assertThat(type).isEqualTo("org.cooperation.agreement.WithdrawalRevoked.v1");
        assertThat(PublishedSchemas.violations(type, revoked)).isEmpty();
        assertThat(revoked.get("party").asText()).isEqualTo("JP-METI");
        assertThat(revoked.get("revokedLastDayAsParty").asText()).isEqualTo(day(140));
    }

    @Test
    void refusesANewNameFromTomorrowNamingTheRule() throws Exception {
        String id = signed("parties-rename-tomorrow", SIGNED_ON);

        JsonNode problem = refused(
                id,
                "party-names",
                """
                { "party": "DE-BMWI", "name": "BMWK", "renamedOn": "%s" }""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(2)),
                HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("rename-in-future");
        assertThat(problem.get("field").asText()).isEqualTo("renamedOn");
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned");
    }

    private static String day(int daysAfterSignature) {
        return SIGNED_ON.plusDays(daysAfterSignature).toString();
    }
}
