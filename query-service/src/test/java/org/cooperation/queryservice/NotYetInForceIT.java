package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cooperation.agreement.api.Party;
import org.junit.jupiter.api.Test;

/**
 * An agreement whose effective date is after the day asked about is SIGNED, not yet in force: now,
 * as of a business date and in lists, which judge it against today.
 */
class NotYetInForceIT extends QueryServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** A party of these tests alone, so that lists name only their agreements. */
    private static final List<Party> PARTIES =
            List.of(Events.party("DE-NOTYET", "DE"), Events.party("JP-NOTYET", "JP"));

    @Test
    void isSignedUntilTheEffectiveDateComes() throws Exception {
        String id = "not-yet-in-force";
        publish(Events.signedToTakeEffect(id, TODAY.minusDays(10), TODAY.plusDays(1), PARTIES), 0);

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 0);

        assertThat(view.get("agreement").get("status").asText()).isEqualTo("SIGNED");
        assertThat(ids("/api/agreements?party=DE-NOTYET&status=SIGNED&size=100"))
                .contains(id);
        assertThat(ids("/api/agreements?party=DE-NOTYET&status=IN_FORCE&size=100"))
                .doesNotContain(id);
        assertThat(json.readTree(get("/api/agreements?party=DE-NOTYET&status=SIGNED&size=100")
                                .getBody())
                        .get("items")
                        .findValuesAsText("status"))
                .containsOnly("SIGNED");
    }

    @Test
    void wasSignedAsOfTheDayBeforeTheEffectiveDateAndInForceAsOfThatDate() throws Exception {
        String id = "in-force-since";
        publish(
                Events.signedToTakeEffect(id, LocalDate.parse("2016-04-28"), LocalDate.parse("2016-06-01"), PARTIES),
                0);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 0);

        assertThat(statusAsOf(id, "2016-04-27"))
                .as("before the signature there is nothing")
                .isNull();
        assertThat(statusAsOf(id, "2016-04-28")).isEqualTo("SIGNED");
        assertThat(statusAsOf(id, "2016-05-31")).isEqualTo("SIGNED");
        assertThat(statusAsOf(id, "2016-06-01")).isEqualTo("IN_FORCE");
        assertThat(ids("/api/agreements?party=DE-NOTYET&status=IN_FORCE&size=100"))
                .contains(id);
    }

    private String statusAsOf(String id, String day) throws Exception {
        var answer = get("/api/agreements/" + id + "?asOf=" + day);
        return answer.getStatusCode().is2xxSuccessful()
                ? json.readTree(answer.getBody()).get("agreement").get("status").asText()
                : null;
    }

    private List<String> ids(String path) throws Exception {
        return json.readTree(get(path).getBody()).get("items").findValuesAsText("agreementId");
    }
}
