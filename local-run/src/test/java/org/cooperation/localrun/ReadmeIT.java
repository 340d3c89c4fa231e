package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.localrun.Readme.first;
import static org.cooperation.localrun.Readme.headerIn;
import static org.cooperation.localrun.Readme.jsonIn;
import static org.cooperation.localrun.Readme.statusIn;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperation.localrun.ReadmeShell.Answer;
import org.cooperation.localrun.ReadmeShell.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README.md, run as a newcomer runs it on the local system (PostgreSQL, the KRaft broker and both
 * services as processes): every marked block in a bash session, in the order the README gives
 * them, with the ports moved through the variables the README documents; the command table's rows
 * as the requests they describe. Each answer is checked against what the README says it is, read
 * from the README too. Then {@code ./load-demo-data}, after the tour, must load its whole story.
 */
class ReadmeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("local.services.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static LocalSystem system;
    private static Path data;
    private static ReadmeShell shell;
    private static Readme readme;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                curlInstalled() || Boolean.getBoolean("curl.required"),
                "curl is not installed: the README's tour needs it");
        readme = Readme.read(ROOT.resolve("README.md"));
        // Under target/, not /tmp: as root, PostgreSQL runs as an unprivileged user who cannot enter 0700 temp folders.
        data = Path.of("target", "readme-it-" + System.currentTimeMillis()).toAbsolutePath();
        system = LocalSystem.start(
                LocalSettings.fromEnvironment(Map.of()).withDataDirectory(data).withPorts(0, 0, 0, 0));
        Map<String, String> environment = new HashMap<>(environment());
        environment.put("COMMAND_SERVICE_PORT", port(system.commandService()));
        environment.put("QUERY_SERVICE_PORT", port(system.queryService()));
        // ./token runs java: the JDK running this test, whatever the PATH says.
        environment.put(
                "PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        shell = new ReadmeShell(ROOT, environment, data.resolve("curl-answers"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (shell != null) {
            shell.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void answersTheTourAndTheCommandExamplesAsTheReadmeSaysAndThenLoadsTheDemoDataFully() throws Exception {
        assertThat(readme.runNames())
                .as("the README's runnable blocks, in the order this test runs them")
                .containsExactly("sign", "read", "bad-input", "sign-in-force", "commands", "demo-data", "reading");

        String sign = readme.block("sign");
        String signSaid = readme.proseAfter("sign");
        Answer signed = shell.run(sign).single();
        assertThat(signed.status()).as(signed.body()).isEqualTo(statusIn(signSaid));
        assertThat(signed.header("Location"))
                .contains(headerIn(signSaid, "Location")
                        .replace("http://localhost:8081", system.queryService().url()));
        assertThat(signed.header("ETag")).contains(headerIn(signSaid, "ETag"));
        assertThat(JSON.readTree(signed.body())).isEqualTo(JSON.readTree(jsonIn(signSaid)));

        String read = readme.block("read");
        List<Answer> reads = shell.run(read).answers();
        assertThat(reads).extracting(Answer::status).containsExactly(200, 200);
        assertThat(JSON.readTree(reads.get(0).body())
                        .at("/agreement/term/termEndsOn")
                        .asText())
                .isEqualTo(first(read, "term \\(ends (\\d{4}-\\d{2}-\\d{2})\\)"));

        // "Sending the same request again with the same Idempotency-Key": the first block once more.
        String replaySaid = readme.proseAfter("read");
        Answer replayed = shell.run(sign).single();
        assertThat(replayed.status()).isEqualTo(statusIn(replaySaid));
        assertThat(replayed.header("Idempotent-Replayed")).contains(headerIn(replaySaid, "Idempotent-Replayed"));
        assertThat(replayed.body()).isEqualTo(signed.body());

        String badInput = readme.block("bad-input");
        Answer refused = shell.run(badInput).single();
        assertThat(refused.status()).isEqualTo(Integer.parseInt(first(badInput, "# (\\d{3}) ")));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asText()).isEqualTo(first(badInput, "\"type\":\"([^\"]+)\""));
        Matcher named =
                Pattern.compile("\"field\":\"([^\"]+)\",\"rule\":\"([^\"]+)\"").matcher(badInput);
        assertThat(named.find()).isTrue();
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(named.group(1));
            assertThat(error.get("rule").asText()).isEqualTo(named.group(2));
        });

        Answer signedInForce = shell.run(readme.block("sign-in-force")).single();
        assertThat(signedInForce.status()).as(signedInForce.body()).isEqualTo(statusIn(signSaid));

        enterTheCommandTable();

        Outcome demo = shell.run(readme.block("demo-data"));
        assertThat(demo.output()).doesNotContain("already recorded");
        assertThat(demo.single().status()).isEqualTo(200);
        showsTheStatementsWholeStory(readme.proseAfter("demo-data"));
        showsTheInstrumentsWithoutATermInForce(readme.proseAfter("demo-data"));

        List<Answer> readings = shell.run(readme.block("reading")).answers();
        assertThat(readings)
                .extracting(Answer::status)
                .as("minVersion, asOf, history for T, recordedAsOf, meetings, " + "history page, list")
                .containsExactly(200, 200, 200, 200, 200, 200, 200);
        // "once the late extension is on record no business date shows the wrong expiry"
        assertThat(JSON.readTree(readings.get(1).body()).at("/agreement/status").asText())
                .isEqualTo("IN_FORCE");
        // "As recorded at an instant ... it still shows the expiry the record held before the correction"
        assertThat(JSON.readTree(readings.get(3).body()).at("/agreement/status").asText())
                .isEqualTo("EXPIRED");
    }

    /** Each row in order, as "Send a row as curl -X POST $COMMAND_API<path> ..." says, with the tour's token. */
    private static void enterTheCommandTable() throws Exception {
        String said = readme.paragraphBefore("sign-in-force");
        int ok = statusIn(said);
        assertThat(headerIn(said, "ETag")).isEqualTo("\"n\"");
        List<Readme.Row> rows = readme.table("commands");
        assertThat(rows)
                .extracting(Readme.Row::command)
                .containsExactly(
                        "ExtendTerm",
                        "TerminateWithNotice",
                        "WithdrawTerminationNotice",
                        "RecordAnnualMeeting",
                        "NominateContact",
                        "AdmitParticipant",
                        "AddFieldOfCooperation",
                        "RecordMilestone",
                        "LinkRelatedAgreement",
                        "LaunchProgramme",
                        "RecordProgrammeYear",
                        "CloseProgramme",
                        "RecordAccession",
                        "RenameParty",
                        "RetractFact",
                        "VoidAgreement");
        String token = Token.issue(new String[] {"SECRETARIAT"}, environment());
        for (Readme.Row row : rows) {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(system.commandService().url() + row.path()))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(row.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode())
                    .as(row.command() + " " + answer.body())
                    .isEqualTo(ok);
            long version = JSON.readTree(answer.body()).get("version").asLong();
            assertThat(answer.headers().firstValue("ETag")).as(row.command()).contains("\"" + version + "\"");
        }
    }

    /**
     * The events the README promises in the statement's history (AgreementExpired, ExpiryRevoked,
     * TermExtended, and the expiry of the extended term), waited for: the last comes by itself.
     */
    private static void showsTheStatementsWholeStory(String said) throws Exception {
        List<String> promised = Pattern.compile("`(AgreementExpired|ExpiryRevoked|TermExtended)`")
                .matcher(said)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(promised).containsExactly("AgreementExpired", "ExpiryRevoked", "TermExtended");
        String firstExpiry = first(said, "`AgreementExpired` \\((\\d{4}-\\d{2}-\\d{2})\\)");
        String secondExpiry = first(said, "expiry of the extended term \\((\\d{4}-\\d{2}-\\d{2})\\)");
        String auditor = system.identity().token("AUDITOR", null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> story = List.of();
        List<String> expected = List.of(
                "AgreementExpired " + firstExpiry,
                "ExpiryRevoked " + firstExpiry,
                "TermExtended",
                "AgreementExpired " + secondExpiry);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> history = HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create(system.queryService().url() + "/api/agreements/jp-de-iot-2016/history"))
                            .header("Authorization", "Bearer " + auditor)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            story = storyOf(JSON.readTree(history.body()));
            if (story.containsAll(expected)) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(story).as("jp-de-iot-2016's corrections, in order").containsSubsequence(expected);
    }

    /**
     * "The Declaration, the MOC and the memoranda state no term, so they are entered open-ended and stay
     * in force", each memorandum an instrument of its own under the id the README names.
     */
    private static void showsTheInstrumentsWithoutATermInForce(String said) throws Exception {
        assertThat(said).contains("entered open-ended and stay in force");
        String auditor = system.identity().token("AUDITOR", null);
        List<String> memoranda = Pattern.compile("`(jp-(?:de|in)-[a-z-]+-201[78])`")
                .matcher(said)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(memoranda)
                .containsExactly("jp-de-aist-dfki-2017", "jp-in-aist-iith-2018", "jp-in-meti-niti-ai-2018");
        List<String> instruments = new ArrayList<>(List.of("jp-de-hannover-2017", "jp-in-digital-2018"));
        instruments.addAll(memoranda);
        assertThat(said).contains("(`eu-jp-centre-1987`)", "signed `\"1987\"`");
        instruments.add("eu-jp-centre-1987");
        for (String id : instruments) {
            JsonNode shown = JSON.readTree(HTTP.send(
                            HttpRequest.newBuilder(URI.create(
                                            system.queryService().url() + "/api/agreements/" + id + "?minVersion=0"))
                                    .header("Authorization", "Bearer " + auditor)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(shown.at("/agreement/status").asText()).as(id).isEqualTo("IN_FORCE");
            if (id.equals("eu-jp-centre-1987")) {
                assertThat(shown.at("/agreement/signedOn").asText()).isEqualTo("1987");
                assertThat(shown.at("/agreement/term/effectiveFrom").asText()).isEqualTo("1987");
                assertThat(shown.at("/agreement/programmes")).hasSize(4);
                // The article shows them running in 2019 and states no launch: none is recorded.
                for (JsonNode programme : shown.at("/agreement/programmes")) {
                    assertThat(programme.has("launchedOn"))
                            .as(programme.toString())
                            .isFalse();
                    assertThat(programme.get("runningBy").asText()).isEqualTo("2019");
                }
            }
            assertThat(shown.at("/agreement/term/openEnded").asBoolean()).as(id).isTrue();
            assertThat(shown.at("/agreement/term/termEndsOn").isMissingNode())
                    .as(id)
                    .isTrue();
        }
    }

    /** The expiries, their revocations (each dated on the expiry it revokes) and the extensions, in order. */
    private static List<String> storyOf(JsonNode history) {
        List<String> story = new ArrayList<>();
        for (JsonNode event : history.path("events")) {
            String type = event.get("type").asText().replaceAll(".*\\.(\\w+)\\.v\\d+$", "$1");
            switch (type) {
                case "AgreementExpired", "ExpiryRevoked" ->
                    story.add(type + " " + event.get("businessDate").asText());
                case "TermExtended" -> story.add(type);
                default -> {}
            }
        }
        return story;
    }

    static boolean curlInstalled() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String port(ServiceProcess service) {
        return String.valueOf(URI.create(service.url()).getPort());
    }

    /** The environment ./token sees: the data directory of the system under test. */
    private static Map<String, String> environment() {
        return Map.of("LOCAL_DATA_DIR", data.toString());
    }
}
