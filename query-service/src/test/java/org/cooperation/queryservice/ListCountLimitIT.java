package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cooperation.agreement.api.Party;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A list is counted, and its pages numbered, as far as the count limit (1,000 in production, 5
 * here): beyond it the page says "more than" instead of an exact count, a page number beyond it is
 * refused, and a walk by cursor still reaches every agreement.
 */
@TestPropertySource(properties = "agreements.listing.count-limit=5")
class ListCountLimitIT extends QueryServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Party COUNTED = Events.party("DE-COUNTED", "DE");
    private static final Party OTHER = Events.party("JP-COUNTED", "JP");
    private static final String MINE = "/api/agreements?party=DE-COUNTED";

    @Test
    void countsAsFarAsTheLimitAndNumbersPagesWithinIt() throws Exception {
        for (int i = 1; i <= 7; i++) {
            publish(Events.signed("counted-" + i, TODAY.minusYears(1), List.of(COUNTED, OTHER), List.of()), 0);
        }
        awaitJson(MINE + "&size=100", body -> ListWalks.ids(body).size() == 7);

        JsonNode first = list("&size=2");
        assertThat(first.has("totalItems")).isFalse();
        assertThat(first.has("totalPages")).isFalse();
        assertThat(first.get("totalItemsMoreThan").asInt()).isEqualTo(5);
        assertThat(first.get("countLimit").asInt()).isEqualTo(5);

        JsonNode lastNumbered = list("&size=2&page=2");
        assertThat(ListWalks.ids(lastNumbered)).containsExactly("counted-5", "counted-6");
        assertThat(lastNumbered.get("totalItemsMoreThan").asInt()).isEqualTo(5);
        new ListWalks(this::get, json).assertRefused(MINE + "&size=2&page=3", "page", "page-window");

        assertThat(new ListWalks(this::get, json).walkFrom(MINE + "&size=2"))
                .containsExactly(
                        "counted-1", "counted-2", "counted-3", "counted-4", "counted-5", "counted-6", "counted-7");
    }

    @Test
    void countsExactlyUpToTheLimitAndWhereTheLastPageTellsIt() throws Exception {
        for (int i = 1; i <= 7; i++) {
            publish(
                    Events.signed(
                            "exact-" + i,
                            TODAY.minusYears(1),
                            List.of(Events.party("DE-EXACT", "DE"), OTHER),
                            i <= 5 ? List.of("Exactly-five") : List.of()),
                    0);
        }
        String exact = "/api/agreements?party=DE-EXACT";
        awaitJson(exact + "&size=100", body -> ListWalks.ids(body).size() == 7);

        JsonNode five = json.readTree(get(exact + "&field=Exactly-five&size=2").getBody());
        assertThat(five.get("totalItems").asInt()).isEqualTo(5);
        assertThat(five.get("totalPages").asInt()).isEqualTo(3);
        assertThat(five.has("totalItemsMoreThan")).isFalse();

        JsonNode whole = json.readTree(get(exact + "&size=7").getBody());
        assertThat(whole.get("totalItems").asInt()).isEqualTo(7);
    }

    private JsonNode list(String query) throws Exception {
        return new ListWalks(this::get, json).page(MINE + query);
    }
}
