package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Lists of agreements. Every agreement here has the party DE-LISTED, and every query names it, so
 * that agreements of other tests in the same database stay out of the answers.
 */
class AgreementListIT extends QueryServiceIT {

    private static final AtomicBoolean PUBLISHED = new AtomicBoolean();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Party LISTED_DE = Events.party("DE-LISTED", "DE");
    private static final Party LISTED_JP = Events.party("JP-LISTED", "JP");
    private static final Party LISTED_FR = Events.party("FR-LISTED", "FR");
    private static final String MINE = "/api/agreements?party=DE-LISTED";

    /**
     * list-a: meeting overdue; list-b: met last month; list-c: termination pending, ends in 100
     * days; list-d: expired long ago; list-e: young, no meeting due yet; list-f: meeting due today;
     * list-g: meeting due yesterday.
     */
    @BeforeEach
    void publishTheAgreementsOnce() throws Exception {
        if (PUBLISHED.compareAndSet(false, true)) {
            signed("list-a", TODAY.minusYears(2), List.of(LISTED_DE, LISTED_JP), List.of("Robotics"));
            publish(Events.meeting("list-a", TODAY.minusDays(400).toString(), "DE", "Berlin"), 1);
            signed("list-b", TODAY.minusYears(1).minusMonths(2), List.of(LISTED_DE, LISTED_JP), List.of("Hydrogen"));
            publish(Events.meeting("list-b", TODAY.minusDays(30).toString(), "JP", "Osaka"), 1);
            signed("list-c", TODAY.minusYears(3), List.of(LISTED_DE, LISTED_JP), List.of("Hydrogen"));
            publish(Events.meeting("list-c", TODAY.minusDays(300).toString(), "DE", "Bonn"), 1);
            publish(
                    Events.noticeGiven(
                            "list-c",
                            TODAY.minusDays(10).toString(),
                            TODAY.plusDays(100).toString()),
                    2);
            signed("list-d", LocalDate.parse("2010-01-01"), List.of(LISTED_DE, LISTED_FR), List.of("Robotics"));
            publish(Events.expired("list-d", LocalDate.parse("2014-12-31")), 1);
            signed("list-e", TODAY.minusMonths(6), List.of(LISTED_DE, LISTED_JP), List.of("Robotics"));
            signed("list-f", TODAY.minusYears(2), List.of(LISTED_DE, LISTED_JP), List.of());
            publish(Events.meeting("list-f", TODAY.minusYears(1).toString(), "DE", "Berlin"), 1);
            signed("list-g", TODAY.minusYears(2), List.of(LISTED_DE, LISTED_JP), List.of());
            publish(Events.meeting("list-g", TODAY.minusYears(1).minusDays(1).toString(), "DE", "Berlin"), 1);
        }
        awaitJson(
                MINE, body -> body.path("totalItems").asInt() == 7 && ids(body).size() == 7 && versionsReached(body));
    }

    private void signed(String id, LocalDate effectiveFrom, List<Party> parties, List<String> fields) {
        publish(Events.signed(id, effectiveFrom, parties, fields), 0);
    }

    private static boolean versionsReached(JsonNode page) {
        List<Long> versions = new ArrayList<>();
        page.get("items").forEach(item -> versions.add(item.get("version").asLong()));
        return versions.equals(List.of(1L, 1L, 2L, 1L, 0L, 1L, 1L));
    }

    @Test
    void listsByAgreementIdUnlessToldOtherwise() throws Exception {
        JsonNode page = list("");

        assertThat(ids(page)).containsExactly("list-a", "list-b", "list-c", "list-d", "list-e", "list-f", "list-g");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("title").asText()).startsWith("Joint Statement");
        assertThat(first.get("kind").asText()).isEqualTo("JOINT_STATEMENT");
        assertThat(first.get("parties").get(0).asText()).isEqualTo("DE-LISTED");
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("maxSize").asInt()).isEqualTo(100);
    }

    @Test
    void filtersByStatus() throws Exception {
        assertThat(ids(list("&status=EXPIRED"))).containsExactly("list-d");
        assertThat(ids(list("&status=TERMINATION_PENDING"))).containsExactly("list-c");
        assertThat(ids(list("&status=TERMINATION_PENDING&status=EXPIRED"))).containsExactly("list-c", "list-d");
    }

    @Test
    void filtersByEveryPartyNamed() throws Exception {
        assertThat(ids(list("&party=FR-LISTED"))).containsExactly("list-d");
        assertThat(ids(list("&party=JP-LISTED"))).doesNotContain("list-d").hasSize(6);
        assertThat(ids(list("&party=FR-LISTED&party=JP-LISTED"))).isEmpty();
    }

    @Test
    void filtersByFieldOfCooperation() throws Exception {
        assertThat(ids(list("&field=Robotics"))).containsExactly("list-a", "list-d", "list-e");
        assertThat(ids(list("&field=Hydrogen&status=IN_FORCE"))).containsExactly("list-b");
    }

    @Test
    void filtersByTheLastDayInForceStrictlyBefore() throws Exception {
        assertThat(ids(list("&endsBefore=2014-12-31"))).isEmpty();
        assertThat(ids(list("&endsBefore=2015-01-01"))).containsExactly("list-d");
        String noticeEnds = TODAY.plusDays(100).toString();
        assertThat(ids(list("&endsBefore=" + noticeEnds))).containsExactly("list-d");
        assertThat(ids(list("&endsBefore=" + TODAY.plusDays(101)))).containsExactly("list-c", "list-d");
    }

    @Test
    void filtersAgreementsWhoseMeetingIsOverdueToday() throws Exception {
        assertThat(ids(list("&meetingOverdue=true"))).containsExactly("list-a", "list-g");
        assertThat(ids(list("&meetingOverdue=false")))
                .containsExactly("list-b", "list-c", "list-d", "list-e", "list-f");
        JsonNode overdue = list("&meetingOverdue=true").get("items").get(0);
        assertThat(overdue.get("meetingOverdue").asBoolean()).isTrue();
        assertThat(overdue.get("nextMeetingDue").asText())
                .isEqualTo(TODAY.minusDays(400).plusYears(1).toString());
    }

    /**
     * As many fields as a command may give, each as long as it may be, in characters of three bytes
     * that do not compress:
     * more than a btree index's row can hold, so no index may cover the lists (V17); before, the row
     * could not be written and the projection retried its batch without end.
     */
    @Test
    void listsAnAgreementWithAsManyFieldsAsACommandMayGiveEachAsLongAsItMayBe() throws Exception {
        List<String> fields = IntStream.range(0, Limits.ITEMS)
                .mapToObj(i -> String.format("%03d", i) + ideographs(i, Limits.NAME - 3))
                .toList();
        publish(
                Events.signed(
                        "list-long", TODAY.minusYears(1), List.of(Events.party("DE-LONG", "DE"), LISTED_JP), fields),
                0);

        JsonNode now =
                awaitJson("/api/agreements?party=DE-LONG", body -> ids(body).contains("list-long"));
        JsonNode asOf = new ListWalks(this::get, json).page("/api/agreements?party=DE-LONG&asOf=" + TODAY);

        assertThat(ids(now)).containsExactly("list-long");
        assertThat(ids(asOf)).containsExactly("list-long");
        assertThat(now.get("totalItems").asInt()).isEqualTo(1);
    }

    /** CJK ideographs that follow no pattern PostgreSQL's compression of an index row could use. */
    private static String ideographs(int seed, int length) {
        StringBuilder text = new StringBuilder();
        long next = seed + 1;
        for (int i = 0; i < length; i++) {
            next = next * 6364136223846793005L + 1442695040888963407L;
            text.append((char) (0x4e00 + (int) ((next >>> 33) % 20_000)));
        }
        return text.toString();
    }

    @Test
    void sortsByAnyListedColumnEitherWay() throws Exception {
        assertThat(ids(list("&sort=lastDayInForce,desc")).get(6)).isEqualTo("list-d");
        assertThat(ids(list("&sort=lastDayInForce")).subList(0, 2)).containsExactly("list-d", "list-c");
        assertThat(ids(list("&sort=signedOn,desc")).get(0)).isEqualTo("list-e");
        assertThat(list("&sort=signedOn,desc").get("sort").asText()).isEqualTo("signedOn,desc");
    }

    @Test
    void pagesTheList() throws Exception {
        JsonNode first = list("&size=3");
        JsonNode last = list("&size=3&page=2");
        JsonNode beyond = list("&size=3&page=3");

        assertThat(ids(first)).containsExactly("list-a", "list-b", "list-c");
        assertThat(first.get("totalItems").asInt()).isEqualTo(7);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(ids(last)).containsExactly("list-g");
        assertThat(ids(beyond)).isEmpty();
    }

    @Test
    void walksEveryOrderByCursorAsByPageNumber() throws Exception {
        ListWalks walks = new ListWalks(this::get, json);

        assertThat(walks.assertEveryOrderWalksByCursor(MINE)).isEqualTo(7);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&status=IN_FORCE&party=JP-LISTED"))
                .isEqualTo(5);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&meetingOverdue=false&field=Robotics"))
                .isEqualTo(2);
        assertThat(walks.assertEveryOrderWalksByCursor(MINE + "&endsBefore=" + TODAY.plusDays(101)))
                .isEqualTo(2);
    }

    @Test
    void linksTheNextPageUntilTheLastAndCountsOnlyPagesAskedByNumber() throws Exception {
        JsonNode first = list("&size=3&sort=signedOn,desc");
        JsonNode second = json.readTree(get(first.get("next").asText()).getBody());
        JsonNode last = list("&size=3&page=2");

        assertThat(first.get("next").asText())
                .startsWith("/api/agreements?party=DE-LISTED&size=3&sort=signedOn,desc&cursor=");
        assertThat(second.has("totalItems")).isFalse();
        assertThat(second.has("page")).isFalse();
        assertThat(second.get("sort").asText()).isEqualTo("signedOn,desc");
        assertThat(last.get("totalItems").asInt()).isEqualTo(7);
        assertThat(last.has("next")).isFalse();
        assertThat(list("&size=7").has("nextCursor")).isFalse();
    }

    @Test
    void refusesACursorNoPageOfThisListGave() throws Exception {
        String cursor = list("&size=3&sort=title").get("nextCursor").asText();

        assertRefused("&cursor=not-a-cursor!", "cursor", "format");
        assertRefused("&cursor=" + cursor, "cursor", "sort");
        assertRefused("&sort=title&page=1&cursor=" + cursor, "page", "cursor");
        assertThat(get(MINE + "&sort=title&cursor=" + cursor).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void acceptsPagesUpToTheStatedMaximumAndNoLarger() throws Exception {
        assertThat(get(MINE + "&size=100").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused("&size=101", "size", "maximum");
        assertRefused("&size=0", "size", "minimum");
        assertRefused("&page=-1", "page", "minimum");
    }

    @Test
    void refusesFiltersThatAreNotOfTheirKind() throws Exception {
        assertRefused("&status=ACTIVE", "status", "allowed-values");
        assertRefused("&party=listed", "party", "format");
        assertRefused("&endsBefore=soon", "endsBefore", "iso-date");
        assertRefused("&meetingOverdue=maybe", "meetingOverdue", "boolean");
        assertRefused("&sort=colour", "sort", "allowed-values");
        assertRefused("&sort=title,up", "sort", "direction");
    }

    private void assertRefused(String query, String field, String rule) throws Exception {
        new ListWalks(this::get, json).assertRefused(MINE + query, field, rule);
    }

    private JsonNode list(String query) throws Exception {
        return new ListWalks(this::get, json).page(MINE + query);
    }

    private static List<String> ids(JsonNode page) {
        return ListWalks.ids(page);
    }
}
