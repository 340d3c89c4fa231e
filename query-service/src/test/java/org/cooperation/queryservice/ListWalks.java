package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.cooperation.queryservice.reading.listing.Sorting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A list read in every order it offers, once by page number and once as a client walks it by
 * cursor (the first page, then each {@code next} until there is none): both must give the same
 * agreements in the same order, the order the sort names (a missing date last either way, ties by
 * agreement id in the sort's direction), and only the first page counts.
 */
final class ListWalks {

    private final Function<String, ResponseEntity<String>> get;
    private final ObjectMapper json;

    ListWalks(Function<String, ResponseEntity<String>> get, ObjectMapper json) {
        this.get = get;
        this.json = json;
    }

    /** Checks every sort, both ways, of the list {@code query} asks for; returns how many agreements it holds. */
    int assertEveryOrderWalksByCursor(String query) throws Exception {
        int size = -1;
        for (Sorting.Key key : Sorting.Key.values()) {
            for (String direction : List.of("asc", "desc")) {
                String sorted = query + "&sort=" + key.name() + "," + direction;
                JsonNode whole = page(sorted + "&size=100");
                List<String> walked =
                        walk(sorted + "&size=2", whole.path("totalItems").asInt());
                assertThat(walked).as(sorted).isEqualTo(whole.path("items").findValuesAsText("agreementId"));
                if (key.name().endsWith("On")
                        || key.name().endsWith("Due")
                        || key.name().endsWith("Force")) {
                    assertOrderedByDate(whole.path("items"), key.name(), direction.equals("desc"), sorted);
                }
                size = walked.size();
            }
        }
        return size;
    }

    private List<String> walk(String first, int total) throws Exception {
        JsonNode page = page(first);
        assertThat(page.path("totalItems").asInt()).as(first).isEqualTo(total);
        return walkOn(page);
    }

    /** The agreements a list walked by cursor from {@code first} holds, every page after the first uncounted. */
    List<String> walkFrom(String first) throws Exception {
        return walkOn(page(first));
    }

    /** The agreements of {@code page} and of every page its {@code next} leads to, none of them counted. */
    private List<String> walkOn(JsonNode page) throws Exception {
        List<String> ids = new ArrayList<>(ids(page));
        while (page.hasNonNull("next")) {
            String next = page.path("next").asText();
            assertThat(next).contains("cursor=" + page.path("nextCursor").asText());
            page = page(next);
            assertThat(page.has("totalItems") || page.has("totalItemsMoreThan"))
                    .as(next)
                    .isFalse();
            assertThat(page.path("items").size()).as(next).isPositive();
            ids.addAll(ids(page));
        }
        return ids;
    }

    /** The list's answer to {@code query} is a 400 problem naming {@code field} and {@code rule}. */
    void assertRefused(String query, String field, String rule) throws Exception {
        ResponseEntity<String> response = get.apply(query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).as(query).isEqualTo(field);
        assertThat(error.get("rule").asText()).as(query).isEqualTo(rule);
    }

    /** The agreement ids of a page, in its order. */
    static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("agreementId");
    }

    private static void assertOrderedByDate(JsonNode items, String field, boolean descending, String query) {
        Comparator<JsonNode> byDate =
                Comparator.comparing(item -> item.path(field).asText());
        Comparator<JsonNode> order = (descending ? byDate.reversed() : byDate)
                .thenComparing(
                        item -> item.path("agreementId").asText(),
                        descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder());
        Comparator<JsonNode> missingLast = Comparator.<JsonNode, Boolean>comparing(item -> !item.hasNonNull(field))
                .thenComparing(order);
        List<JsonNode> listed = new ArrayList<>();
        items.forEach(listed::add);
        assertThat(listed).as(query).isSortedAccordingTo(missingLast);
    }

    /** The list's answer to {@code path}, which must be a 200. */
    JsonNode page(String path) throws Exception {
        ResponseEntity<String> response = get.apply(path);
        assertThat(response.getStatusCode())
                .as(path + ": " + response.getBody())
                .isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
