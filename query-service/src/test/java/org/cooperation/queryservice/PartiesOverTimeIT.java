package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.FactRetracted;
import org.junit.jupiter.api.Test;

/**
 * Parties over time as the query API shows them: each party's membership period now and as of a
 * day, the name of that day, a pending withdrawal among the deadlines, the host party whose turn it
 * is, and every event in the history.
 */
class PartiesOverTimeIT extends QueryServiceIT {

    private static final String BMWK = "Federal Ministry for Economic Affairs and Climate Action";

    @Test
    void showsMembershipPeriodsNamesOfTheDayAndAPendingWithdrawal() throws Exception {
        String id = "shown-parties-over-time";
        publish(Events.signed(id), 0);
        publish(Events.acceded(id, Events.COMMISSION, "2017-01-10"), 1);
        publish(Events.hostedBy(id, Events.COMMISSION, "2017-03-19", "BE"), 2);
        publish(Events.renamed(id, Events.BMWI, BMWK, "2021-12-08"), 3);
        publish(Events.withdrawalNoticeGiven(id, Events.METI, "2021-01-04", "2021-04-04"), 4);

        // Every event projected first: the as-of views fold the history as it stands.
        JsonNode now = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong(-1) == 4)
                .get("agreement");
        JsonNode pending = json.readTree(
                        get("/api/agreements/" + id + "?asOf=2021-03-01").getBody())
                .get("agreement");
        JsonNode before = json.readTree(
                        get("/api/agreements/" + id + "?asOf=2017-01-09").getBody())
                .get("agreement");

        assertThat(before.get("parties").size()).as("not yet acceded").isEqualTo(2);
        assertThat(before.at("/parties/0/name").asText()).isEqualTo(Events.BMWI.name());
        assertThat(pending.at("/parties/1/pendingWithdrawal/endsOn").asText()).isEqualTo("2021-04-04");
        assertThat(now.at("/parties/0/name").asText()).isEqualTo(BMWK);
        assertThat(now.at("/parties/0/names").size()).isEqualTo(2);
        assertThat(now.at("/parties/2/code").asText()).isEqualTo("EU-COMMISSION");
        assertThat(now.at("/parties/2/kind").asText()).isEqualTo("INTERNATIONAL_ORGANISATION");
        assertThat(now.at("/parties/2/memberFrom").asText()).isEqualTo("2017-01-10");
        assertThat(now.at("/parties/2").has("country")).isFalse();
        assertThat(now.at("/meetings/0/hostParty").asText()).isEqualTo("EU-COMMISSION");

        JsonNode history =
                json.readTree(get("/api/agreements/" + id + "/history").getBody());
        assertThat(history.toString())
                .contains("PartyAcceded", "PartyRenamed", "WithdrawalNoticeGiven", "AnnualMeetingRecorded.v3");
    }

    @Test
    void endsTheMembershipOnTheLastDayTheWithdrawalNamed() throws Exception {
        String id = "shown-withdrawal";
        publish(Events.signed(id), 0);
        publish(Events.acceded(id, Events.COMMISSION, "2017-01-10"), 1);
        publish(Events.withdrawalNoticeGiven(id, Events.METI, "2018-01-04", "2018-04-04"), 2);
        publish(Events.withdrew(id, Events.METI, "2018-04-04"), 3);

        JsonNode now = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong(-1) == 3)
                .get("agreement");
        JsonNode lastDay = json.readTree(
                        get("/api/agreements/" + id + "?asOf=2018-04-04").getBody())
                .get("agreement");

        assertThat(now.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(now.at("/parties/1/memberUntil").asText()).isEqualTo("2018-04-04");
        assertThat(now.at("/parties/1").has("pendingWithdrawal")).isFalse();
        assertThat(lastDay.at("/parties/1").has("memberUntil")).isFalse();
        assertThat(lastDay.at("/parties/1/pendingWithdrawal/endsOn").asText()).isEqualTo("2018-04-04");
    }

    @Test
    void foldsAwayARetractedAccessionWithdrawalNoticeAndNewNameNowAndAsOfADay() throws Exception {
        String id = "shown-parties-retracted";
        publish(Events.signed(id), 0);
        publish(Events.acceded(id, Events.COMMISSION, "2017-01-10"), 1);
        publish(Events.withdrawalNoticeGiven(id, Events.METI, "2021-01-04", "2021-04-04"), 2);
        publish(Events.renamed(id, Events.BMWI, BMWK, "2021-12-08"), 3);
        publish(retraction(id, 2, "WithdrawalNoticeGiven", "2021-01-04"), 4);
        publish(retraction(id, 3, "PartyRenamed", "2021-12-08"), 5);
        publish(retraction(id, 1, "PartyAcceded", "2017-01-10"), 6);

        JsonNode now = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong(-1) == 6)
                .get("agreement");
        JsonNode view =
                json.readTree(get("/api/agreements/" + id + "?asOf=2021-03-01").getBody());
        JsonNode asOf = view.get("agreement");

        for (JsonNode state : List.of(now, asOf)) {
            assertThat(state.get("parties").size())
                    .as("the accession retracted")
                    .isEqualTo(2);
            assertThat(state.at("/parties/1").has("pendingWithdrawal")).isFalse();
            assertThat(state.at("/parties/0/name").asText()).isEqualTo(Events.BMWI.name());
        }
        assertThat(view.path("deadlines").findValuesAsText("kind")).doesNotContain("PARTY_WITHDRAWAL_END");
    }

    @Test
    void showsAPartyAgainOnceItsWithdrawalIsRevokedWhileTheRecordBeforeStillShowsItGone() throws Exception {
        String id = "shown-withdrawal-revoked";
        Instant corrected = Instant.parse("2019-06-01T10:00:00Z");
        // Each recorded on its day, so that the record as it stood before the correction can be asked for.
        publish(Events.signed(id), 0, UUID.randomUUID().toString(), Instant.parse("2016-04-28T10:00:00Z"));
        publish(
                Events.acceded(id, Events.COMMISSION, "2017-01-10"),
                1,
                UUID.randomUUID().toString(),
                Instant.parse("2017-01-10T10:00:00Z"));
        publish(
                Events.withdrawalNoticeGiven(id, Events.METI, "2018-01-04", "2018-04-04"),
                2,
                UUID.randomUUID().toString(),
                Instant.parse("2018-01-04T10:00:00Z"));
        publish(
                Events.withdrew(id, Events.METI, "2018-04-04"),
                3,
                UUID.randomUUID().toString(),
                Instant.parse("2018-04-05T00:00:01Z"));
        publish(
                retraction(id, 2, "WithdrawalNoticeGiven", "2018-01-04"),
                4,
                UUID.randomUUID().toString(),
                corrected);
        publish(
                Events.withdrawalRevoked(id, Events.METI, "2018-04-04"),
                5,
                UUID.randomUUID().toString(),
                corrected);

        JsonNode now = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong(-1) == 5)
                .get("agreement");
        JsonNode asOfAfter = agreement(id, "?asOf=2018-04-05");
        JsonNode asOfWhilePending = agreement(id, "?asOf=2018-03-01");
        JsonNode recordedBefore = agreement(id, "?recordedAsOf=" + corrected.minusSeconds(1));
        JsonNode recordedAt = agreement(id, "?recordedAsOf=" + corrected);

        for (JsonNode state : List.of(now, asOfAfter, asOfWhilePending, recordedAt)) {
            assertThat(state.at("/parties/1/code").asText()).isEqualTo("JP-METI");
            assertThat(state.at("/parties/1").has("memberUntil")).isFalse();
            assertThat(state.at("/parties/1").has("pendingWithdrawal")).isFalse();
        }
        assertThat(recordedBefore.at("/parties/1/memberUntil").asText()).isEqualTo("2018-04-04");

        JsonNode history =
                json.readTree(get("/api/agreements/" + id + "/history").getBody());
        assertThat(history.toString()).contains("WithdrawalRevoked", "retractedBy");
    }

    private JsonNode agreement(String id, String query) throws Exception {
        return json.readTree(get("/api/agreements/" + id + query).getBody()).get("agreement");
    }

    private static FactRetracted retraction(String id, long sequence, String type, String on) {
        return new FactRetracted(AgreementId.of(id), sequence, type, LocalDate.parse(on), "entered in error");
    }
}
