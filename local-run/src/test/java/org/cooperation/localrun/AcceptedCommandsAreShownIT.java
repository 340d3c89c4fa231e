package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.cooperation.localinfra.SampleAgreements;

/**
 * Whatever the command side accepts, the query side stores and shows, and it is what the published
 * contract describes: generated command bodies and tokens, at and beyond every limit of text,
 * dates, numbers and token claims, go through the real system (both services, PostgreSQL and the
 * KRaft broker, each in its own process). Every answer is a 2xx or a 4xx problem, never a 5xx;
 * every accepted command becomes visible in the query API at its version, with what was sent, and
 * every event of its history is valid against its type's JSON Schema; nothing is dead-lettered.
 */
class AcceptedCommandsAreShownIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();
    /** An agreement in force for years around today, for the facts recorded under it. */
    private static final String BASE = "property-base";

    private static final LocalDate BASE_SIGNED_ON = LocalDate.now().minusYears(2);
    /** A programme of the base agreement, for the yearly figures generated. */
    private static final String PROGRAMME = "property-programme";

    private static LocalSystem system;
    private static String auditor;

    @BeforeContainer
    static void start() throws Exception {
        Path data = Path.of("target", "accepted-commands-it-" + System.currentTimeMillis())
                .toAbsolutePath();
        system = LocalSystem.start(
                LocalSettings.fromEnvironment(Map.of()).withDataDirectory(data).withPorts(0, 0, 0, 0));
        auditor = system.identity().token("AUDITOR", null);
        String base = SampleAgreements.jointStatement(BASE, BASE_SIGNED_ON)
                .replace("\"initialYears\": 5", "\"initialYears\": 10");
        HttpResponse<String> signed =
                post("/api/agreements", base, token(new Caller("property-suite", "property-suite")));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        HttpResponse<String> launched = post(
                "/api/agreements/" + BASE + "/programmes",
                "{\"programmeId\":\"" + PROGRAMME + "\",\"name\":\"Property programme\",\"launchedOn\":\""
                        + BASE_SIGNED_ON + "\"}",
                token(new Caller("property-suite", "property-suite")));
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
    }

    @AfterContainer
    static void nothingWasDeadLettered() throws Exception {
        try {
            if (system != null) {
                JsonNode letters = JSON.readTree(get(
                                "/api/admin/dead-letters?size=100",
                                token(new Caller("property-suite", null), "SECRETARIAT"))
                        .body());
                assertThat(letters.get("items")).as(letters.toString()).isEmpty();
            }
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    @Property(tries = 80, shrinking = ShrinkingMode.OFF)
    void showsEverySignatureTheCommandSideAccepts(
            @ForAll("signatures") Signature signature, @ForAll("callers") Caller caller) throws Exception {
        HttpResponse<String> answer = post("/api/agreements", signature.json(), token(caller));
        Statistics.label("signature").collect(answer.statusCode());

        long version = acceptedVersion(answer, 201);
        if (version >= 0) {
            JsonNode shown = awaitVersion(signature.agreementId(), version).get("agreement");
            assertThat(shown.get("title").asText()).isEqualTo(signature.title());
            if (signature.place() == null) {
                assertThat(shown.has("place")).isFalse();
            } else {
                assertThat(shown.get("place").asText()).isEqualTo(signature.place());
            }
            assertThat(shown.at("/parties/1/signatory/onBehalf").asBoolean()).isEqualTo(signature.onBehalf());
            assertThat(shown.get("witnesses").size()).isEqualTo(signature.witness() == null ? 0 : 1);
            if (signature.witness() != null) {
                assertThat(shown.at("/witnesses/0/name").asText()).isEqualTo(signature.witness());
            }
            assertThat(shown.get("term").get("openEnded").asBoolean()).isEqualTo(signature.openEnded());
            assertThat(shown.get("term").has("termEndsOn")).isNotEqualTo(signature.openEnded());
            assertHistoryIsValid(signature.agreementId(), caller);
        }
    }

    /**
     * Every special character in a token's subject, each time: the subject is who recorded the
     * fact, so it is either refused or shown exactly as the token gave it, never altered on its way
     * through the event store, the topic's header and the history.
     */
    @Property(generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void keepsEverySubjectAsTheTokenGaveIt(@ForAll("specialSubjects") String subject) throws Exception {
        Caller caller = new Caller(subject, null);
        String agreementId = "subject-" + IDS.incrementAndGet();
        HttpResponse<String> answer =
                post("/api/agreements", SampleAgreements.jointStatement(agreementId, BASE_SIGNED_ON), token(caller));
        Statistics.label("subject").collect(answer.statusCode());

        long version = acceptedVersion(answer, 201);
        if (version >= 0) {
            awaitVersion(agreementId, version);
            assertHistoryIsValid(agreementId, caller);
        }
    }

    @Provide
    Arbitrary<String> specialSubjects() {
        return Arbitraries.of(SPECIALS).map(special -> "Xhx" + special + "Xhx");
    }

    @Property(tries = 80, shrinking = ShrinkingMode.OFF)
    void showsEveryFactTheCommandSideAccepts(@ForAll("facts") Fact fact, @ForAll("callers") Caller caller)
            throws Exception {
        HttpResponse<String> answer = post("/api/agreements/" + BASE + fact.path(), fact.json(), token(caller));
        Statistics.label("fact").collect(fact.path(), answer.statusCode());

        long version = acceptedVersion(answer, 200);
        if (version >= 0) {
            awaitVersion(BASE, version);
            JsonNode entry = historyEntry(BASE, version);
            assertThat(entry.toString())
                    .contains(JSON.writeValueAsString(fact.shown()).replaceAll("^\"|\"$", ""));
            assertValid(entry);
            assertShownAs(entry.get("principal"), caller.carriedSubject());
        }
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void showsEveryCorrectionTheCommandSideAccepts(
            @ForAll("corrections") Correction correction, @ForAll("callers") Caller caller) throws Exception {
        HttpResponse<String> entered = post(
                "/api/agreements/" + BASE + correction.fact().path(),
                correction.fact().json(),
                token(caller));
        long factVersion = acceptedVersion(entered, 200);
        long sequence = correction.sequence(factVersion);
        HttpResponse<String> answer =
                post("/api/agreements/" + BASE + "/corrections", correction.json(sequence), token(caller));
        Statistics.label("correction").collect(correction.replaced() ? "replaced" : "retracted", answer.statusCode());

        long version = acceptedVersion(answer, 200);
        if (version >= 0) {
            awaitVersion(BASE, version);
            JsonNode retracted = historyEntry(BASE, sequence);
            assertShownAs(retracted.get("retractedBy").get("principal"), caller.carriedSubject());
            assertThat(retracted.get("retractedBy").get("reason"))
                    .isEqualTo(JSON.readTree(quoted(correction.reason())));
            JsonNode retraction = historyEntry(
                    BASE, retracted.get("retractedBy").get("sequence").asLong());
            assertValid(retraction);
            assertThat(retraction.get("reason")).isEqualTo(JSON.readTree(quoted(correction.reason())));
            if (correction.replaced()) {
                JsonNode replacement = historyEntry(BASE, version);
                assertValid(replacement);
                assertThat(replacement.toString())
                        .contains(
                                JSON.writeValueAsString(correction.replacement().shown())
                                        .replaceAll("^\"|\"$", ""));
            }
        }
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void showsEveryVoidingTheCommandSideAccepts(
            @ForAll("signatures") Signature signature,
            @ForAll("reasons") String reason,
            @ForAll("callers") Caller caller)
            throws Exception {
        long signed = acceptedVersion(post("/api/agreements", signature.json(), token(caller)), 201);
        HttpResponse<String> answer = post(
                "/api/agreements/" + signature.agreementId() + "/void",
                "{\"reason\":" + quoted(reason) + "}",
                token(caller));
        Statistics.label("void").collect(signed >= 0, answer.statusCode());

        if (signed < 0) {
            // No agreement was signed: the voiding of an unknown one is a 404, or its body a 400 first.
            assertThat(answer.statusCode()).as(answer.body()).isIn(400, 404);
            return;
        }
        long version = acceptedVersion(answer, 200);
        if (version >= 0) {
            JsonNode shown = awaitVersion(signature.agreementId(), version).get("agreement");
            assertThat(shown.get("status").asText()).isEqualTo("VOIDED");
            assertHistoryIsValid(signature.agreementId(), caller);
        }
    }

    // ---------------------------------------------------------------- what is generated

    /** Why a command was sent: text at and beyond the published language and the limit of 1,000 characters. */
    @Provide
    Arbitrary<String> reasons() {
        return texts(1000);
    }

    /**
     * A fact recorded under the base agreement, then its correction: mostly of that fact, sometimes of
     * a sequence that holds no fact a person may retract (the signature, one far beyond the history),
     * with a replacement of the same kind or none.
     */
    @Provide
    Arbitrary<Correction> corrections() {
        Arbitrary<Long> target = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(-1L)), Tuple.of(1, Arbitraries.of(0L, 1_000_000L, Long.MAX_VALUE)));
        return Combinators.combine(facts(), facts(), reasons(), Arbitraries.of(true, false), target)
                .as(Correction::new);
    }

    @Provide
    Arbitrary<Signature> signatures() {
        Arbitrary<String> dates = dates();
        Arbitrary<Signature> withTerm = Combinators.combine(
                        texts(500), texts(200), texts(200), dates, numbers(), numbers(), numbers(), texts(200))
                .as((title, place, partyName, signedOn, years, extensions, noticeDays, field) -> new Signature(
                        "property-" + IDS.incrementAndGet(),
                        title,
                        place,
                        partyName,
                        signedOn,
                        false,
                        years,
                        extensions,
                        noticeDays,
                        field,
                        false,
                        null));
        // One in four states no term: an open-ended instrument (AgreementSigned version 2 without a term);
        // one in five names no place; a signatory on behalf of a party, and a witness, now and then.
        return Combinators.combine(
                        withTerm,
                        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)),
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
                        Arbitraries.of(false, true),
                        texts(200).injectNull(0.6))
                .as((signature, openEnded, noPlace, onBehalf, witness) -> signature
                        .openEnded(openEnded)
                        .withDetails(noPlace ? null : signature.place(), onBehalf, witness));
    }

    @Provide
    Arbitrary<Fact> facts() {
        Arbitrary<Fact> contact = Combinators.combine(texts(200), texts(200), dates())
                .as((name, role, on) -> new Fact(
                        "/contacts",
                        name,
                        "{\"party\":\"JP-METI\",\"name\":" + quoted(name) + ",\"role\":" + quoted(role)
                                + ",\"nominatedOn\":" + on + "}"));
        Arbitrary<Fact> field = Combinators.combine(texts(200), dates())
                .as((name, on) -> new Fact("/fields", name, "{\"field\":" + quoted(name) + ",\"addedOn\":" + on + "}"));
        Arbitrary<Fact> milestone = Combinators.combine(texts(500), texts(4000), vagueDates())
                .as((title, description, on) -> new Fact(
                        "/milestones",
                        title,
                        "{\"date\":" + on + ",\"title\":" + quoted(title) + ",\"field\":\"R&D\",\"description\":"
                                + quoted(description) + ",\"references\":[" + quoted(title) + "]}"));
        Arbitrary<Fact> participant = Combinators.combine(texts(200), vagueDates())
                .as((name, on) -> new Fact(
                        "/participants",
                        name,
                        "{\"name\":" + quoted(name)
                                + ",\"kind\":\"RESEARCH_INSTITUTE\",\"country\":\"JP\",\"joinedOn\":" + on + "}"));
        // Every relation of RelatedAgreementLinked version 2, and one no version lists.
        Arbitrary<String> relations = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(Relation.class).map(Relation::name)),
                Tuple.of(1, Arbitraries.of("INSPIRED_BY")));
        Arbitrary<Fact> link = Combinators.combine(ids(), relations, dates())
                .as((related, relation, on) -> new Fact(
                        "/links",
                        related,
                        "{\"relatedAgreementId\":" + quoted(related) + ",\"relation\":" + quoted(relation)
                                + ",\"linkedOn\":" + on + "}"));
        // A launch the source states, or the date by which it shows the programme running; now and then
        // both or neither, which is refused (launched-or-running-by) and so never shown.
        Arbitrary<String> launchDates = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("\"launchedOn\":%s")),
                Tuple.of(3, Arbitraries.just("\"runningBy\":%s")),
                Tuple.of(1, Arbitraries.of("\"launchedOn\":%1$s,\"runningBy\":%1$s", "\"description\":%s")));
        Arbitrary<Fact> programme = Combinators.combine(ids(), texts(200), launchDates, vagueDates())
                .as((id, name, dated, on) -> new Fact(
                        "/programmes",
                        name,
                        "{\"programmeId\":" + quoted(id) + ",\"name\":" + quoted(name) + "," + dated.formatted(on)
                                + "}"));
        Arbitrary<Fact> programmeYear = Combinators.combine(
                        Arbitraries.integers()
                                .between(
                                        BASE_SIGNED_ON.getYear() - 1,
                                        LocalDate.now().getYear() + 1),
                        numbers(),
                        numbers(),
                        texts(4000))
                .as((year, participants, applicants, note) -> new Fact(
                        "/programmes/" + PROGRAMME + "/years",
                        note,
                        "{\"year\":" + year + ",\"participants\":" + participants + ",\"applicants\":" + applicants
                                + ",\"note\":" + quoted(note) + "}"));
        // A party of any kind accedes (an international organisation now and then without a country), and
        // a party takes a new name: the commands of parties over time.
        Arbitrary<Fact> accession = Combinators.combine(
                        texts(200),
                        Arbitraries.of(PartyKind.class),
                        Arbitraries.of("\"EU\"", "\"DE\"", "null"),
                        dates())
                .as((name, kind, country, on) -> new Fact(
                        "/accessions",
                        name,
                        "{\"party\":{\"code\":\"EU-P" + IDS.incrementAndGet() + "\",\"name\":" + quoted(name)
                                + ",\"kind\":\"" + kind + "\",\"country\":" + country + "},\"accededOn\":" + on
                                + ",\"reference\":\"Instrument of accession\"}"));
        Arbitrary<Fact> rename = Combinators.combine(texts(200), dates())
                .as((name, on) -> new Fact(
                        "/party-names",
                        name,
                        "{\"party\":\"JP-METI\",\"name\":" + quoted(name) + ",\"renamedOn\":" + on + "}"));
        return Arbitraries.oneOf(
                contact, field, milestone, participant, link, programme, programmeYear, accession, rename);
    }

    @Provide
    Arbitrary<Caller> callers() {
        Arbitrary<String> subjects = Arbitraries.frequencyOf(
                Tuple.of(
                        12,
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars("-_.@:")
                                .ofMinLength(1)
                                .ofMaxLength(40)),
                Tuple.of(2, texts(200)),
                Tuple.of(1, Arbitraries.of(199, 200, 201, 1000).map("s"::repeat)));
        return Combinators.combine(subjects, subjects.injectNull(0.3)).as(Caller::new);
    }

    /** Texts at and beyond the published language and the given length limit. */
    private static Arbitrary<String> texts(int limit) {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        24,
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars(" -'.&/()")
                                .ofMinLength(1)
                                .ofMaxLength(30)
                                .filter(text -> !text.isBlank())),
                Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(
                        2,
                        Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), Arbitraries.of(SPECIALS))
                                .as((base, special) -> base + special + base)),
                Tuple.of(1, Arbitraries.of(limit - 1, limit, limit + 1).map("x"::repeat)),
                Tuple.of(1, Arbitraries.of("", " ", "\t", "\n")));
    }

    /** Characters every layer has its own way of getting wrong. */
    private static final List<String> SPECIALS = List.of(
            "\u0000",
            "\u0001",
            "\u0008",
            "\u001f",
            "\u007f",
            "\u0085",
            "\u00a0",
            "\u2028",
            "\u202e",
            "\ud800",
            "\udfff",
            "\ud83e\udd1d",
            "\ufeff",
            "\ufffd",
            "\ufffe",
            "\uffff",
            "\t",
            "\r\n",
            "\"",
            "\\",
            "'",
            "%s",
            "${x}",
            "<b>",
            "\u65e5\u672c",
            "e\u0301");

    /** A date as a JSON token: mostly ISO strings, at and beyond the calendar, sometimes not a string at all. */
    private static Arbitrary<String> dates() {
        Arbitrary<String> recent = Arbitraries.longs()
                .between(BASE_SIGNED_ON.toEpochDay(), LocalDate.now().toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).toString());
        Arbitrary<String> any = Arbitraries.longs()
                .between(
                        LocalDate.of(-400, 1, 1).toEpochDay(),
                        LocalDate.of(12000, 1, 1).toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).toString());
        Arbitrary<String> edges = Arbitraries.of(
                "0000-12-31",
                "0001-01-01",
                "9999-12-31",
                "+10000-01-01",
                "-0001-01-01",
                "2016-02-29",
                "2017-02-29",
                "9994-12-31",
                "9995-01-01",
                "1970-01-01");
        Arbitrary<String> strings = Arbitraries.frequencyOf(Tuple.of(8, recent), Tuple.of(1, edges), Tuple.of(1, any))
                .map(AcceptedCommandsAreShownIT::quoted);
        return Arbitraries.frequencyOf(
                Tuple.of(20, strings),
                Tuple.of(1, Arbitraries.of("20160428", "[2016,4,28]", "null", "\"2016-04-28T00:00:00Z\"")));
    }

    /** Dates as precise as a source may give them: a day, a month or a year. */
    private static Arbitrary<String> vagueDates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, dates()),
                Tuple.of(1, dates().map(date -> truncated(date, 4))),
                Tuple.of(1, dates().map(date -> truncated(date, 7))));
    }

    /** Ids of agreements and programmes, at and beyond their length limit. */
    private static Arbitrary<String> ids() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("-._")
                .ofMinLength(1)
                .ofMaxLength(101);
    }

    /** The first {@code length} characters of a date given as a JSON string; any other token as it is. */
    private static String truncated(String date, int length) {
        return date.startsWith("\"") && date.length() > length + 2 ? date.substring(0, length + 1) + "\"" : date;
    }

    private static Arbitrary<Integer> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 10)),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                0, -1, 99, 100, 101, 3660, 3661, 300_000, Integer.MAX_VALUE, Integer.MIN_VALUE)));
    }

    record Caller(String subject, String client) {

        /**
         * The subject as the signed token carries it: a token's claims are UTF-8, which has no
         * unpaired surrogate, so the signer writes one as {@code ?}, and that is who the services
         * are told the caller is. (A token whose claims carry one as a JSON escape is refused by the
         * services: {@code PublishedLanguage.text} on {@code token.sub}.)
         */
        String carriedSubject() throws ParseException {
            return SignedJWT.parse(token(this)).getJWTClaimsSet().getSubject();
        }
    }

    record Signature(
            String agreementId,
            String title,
            String place,
            String partyName,
            String signedOn,
            boolean openEnded,
            int years,
            int extensions,
            int noticeDays,
            String field,
            boolean onBehalf,
            String witness) {

        Signature openEnded(boolean stated) {
            return new Signature(
                    agreementId,
                    title,
                    place,
                    partyName,
                    signedOn,
                    stated,
                    years,
                    extensions,
                    noticeDays,
                    field,
                    onBehalf,
                    witness);
        }

        Signature withDetails(String statedPlace, boolean signedOnBehalf, String witnessed) {
            return new Signature(
                    agreementId,
                    title,
                    statedPlace,
                    partyName,
                    signedOn,
                    openEnded,
                    years,
                    extensions,
                    noticeDays,
                    field,
                    signedOnBehalf,
                    witnessed);
        }

        String json() {
            return """
                    {"agreementId": "%s", "title": %s, "kind": "JOINT_STATEMENT",
                     "parties": [
                       {"code": "DE-BMWI", "name": %s, "country": "DE", "signatory": {"name": "Matthias Machnig", "title": "State Secretary"}},
                       {"code": "JP-METI", "name": "METI", "country": "JP", "signatory": {"name": "Takayuki Ueda", "title": "Vice Minister", "onBehalf": %s}}],
                     "signedOn": %s, %s
                     %s"terminationNoticeDays": %d,
                     "meetings": {"cadence": "ANNUAL", "level": "Director-General", "alternateHosts": true},
                     "fieldsOfCooperation": [%s]%s}
                    """.formatted(
                            agreementId,
                            quoted(title),
                            quoted(partyName),
                            onBehalf,
                            signedOn,
                            place == null ? "" : "\"place\": " + quoted(place) + ",",
                            openEnded ? "" : """
                            "term": {"initialYears": %d, "maxExtensions": %d, "extensionYears": %d},
                            """.formatted(years, extensions, years),
                            noticeDays,
                            quoted(field),
                            witness == null ? "" : ", \"witnesses\": [{\"name\": " + quoted(witness) + "}]");
        }
    }

    /** A fact recorded under the base agreement: where it goes, its body, and a text the history must show. */
    record Fact(String path, String shown, String json) {}

    /**
     * A fact, and the correction that retracts the sequence it was recorded at ({@code target} -1) or
     * another; with the other fact as replacement when asked and of the same kind.
     */
    record Correction(Fact fact, Fact other, String reason, boolean replace, long target) {

        boolean replaced() {
            return replace && other.path().equals(fact.path());
        }

        Fact replacement() {
            return other;
        }

        long sequence(long factVersion) {
            return target >= 0 ? target : Math.max(factVersion, 0);
        }

        String json(long sequence) {
            return "{\"sequence\":" + sequence + ",\"reason\":" + quoted(reason)
                    + (replaced() ? ",\"replacement\":" + other.json() : "") + "}";
        }
    }

    // ---------------------------------------------------------------- what is checked

    /** The version an accepted command reached, or -1 for a refusal, which must be a problem naming the rule. */
    private static long acceptedVersion(HttpResponse<String> answer, int accepted) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isIn(accepted, 400, 409, 422);
        if (answer.statusCode() != accepted) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.has("rule") || problem.path("errors").size() > 0 || problem.has("header"))
                    .as(answer.body())
                    .isTrue();
            return -1;
        }
        return JSON.readTree(answer.body()).get("version").asLong();
    }

    private static void assertHistoryIsValid(String agreementId, Caller caller) throws Exception {
        JsonNode events = JSON.readTree(get("/api/agreements/" + agreementId + "/history", auditor)
                        .body())
                .get("events");
        assertThat(events).isNotEmpty();
        events.forEach(AcceptedCommandsAreShownIT::assertValid);
        assertShownAs(events.get(0).get("principal"), caller.carriedSubject());
    }

    /**
     * Compared as JSON text, so that a report shows a control character or a lone surrogate as its
     * escape instead of cutting the message at it.
     */
    private static void assertShownAs(JsonNode shown, String given) throws IOException {
        ObjectWriter escaping = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        assertThat(escaping.writeValueAsString(shown)).isEqualTo(escaping.writeValueAsString(given));
    }

    private static void assertValid(JsonNode entry) {
        assertThat(PublishedSchemas.violations(entry.get("type").asText(), entry.get("payload")))
                .as(entry.toString())
                .isEmpty();
    }

    private static JsonNode historyEntry(String agreementId, long sequence) throws Exception {
        JsonNode events = JSON.readTree(
                        get("/api/agreements/" + agreementId + "/history?size=1&after=" + (sequence - 1), auditor)
                                .body())
                .get("events");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("sequence").asLong()).isEqualTo(sequence);
        return events.get(0);
    }

    private static JsonNode awaitVersion(String agreementId, long version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = get("/api/agreements/" + agreementId, auditor);
            last = answer.statusCode() + " " + answer.body();
            if (answer.statusCode() == 200
                    && JSON.readTree(answer.body())
                                    .path("agreement")
                                    .path("version")
                                    .asLong(-1)
                            >= version) {
                return JSON.readTree(answer.body());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "the query API never showed version " + version + " of " + agreementId + "; last answer " + last
                        + "\nquery-service:\n" + system.queryService().logTail());
    }

    // ---------------------------------------------------------------- HTTP

    private static String token(Caller caller) {
        return token(caller, "SECRETARIAT");
    }

    private static String token(Caller caller, String role) {
        return system.identity()
                .token(
                        caller.subject(),
                        caller.client(),
                        List.of(role),
                        null,
                        Instant.now().plus(Duration.ofHours(1)));
    }

    private static HttpResponse<String> post(String path, String body, String token)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.commandService().url() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.queryService().url() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A JSON string of any Java string, lone surrogates included: everything outside printable ASCII
     * is written as a {@code \\uXXXX} escape, as a client in any language may send it.
     */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                json.append(c);
            } else {
                json.append(String.format("\\u%04x", (int) c));
            }
        }
        return json.append('"').toString();
    }
}
