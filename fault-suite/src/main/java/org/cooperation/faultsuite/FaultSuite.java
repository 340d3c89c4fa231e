package org.cooperation.faultsuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cooperation.localrun.LocalSettings;
import org.cooperation.localrun.LocalSystem;

/**
 * {@code ./run-fault-suite [--quick] [scenario numbers...]}: starts the whole system as separate
 * processes, runs each fault scenario under load and prints what it found. Exits with 1 when any
 * scenario lost, doubled or misplaced an event.
 */
public final class FaultSuite {

    /** The scenarios CI runs: small, and no broker or database restart, to stay within its minutes. */
    static final Set<Integer> QUICK = Set.of(1, 2, 5, 6, 8, 10, 11);

    static final List<Scenario> SCENARIOS = List.of(
            new FaultUnderLoad(
                    1,
                    "kill -9 command-service, restart, retry with the same keys",
                    Faults.killAndRestart(c -> c.system().commandService())),
            new FaultUnderLoad(
                    2,
                    "kill -9 query-service, restart",
                    Faults.killAndRestart(c -> c.system().queryService())),
            new FaultUnderLoad(3, "kill -9 the Kafka broker, restart", Faults.killBroker()),
            new FaultUnderLoad(4, "PostgreSQL immediate-mode restart", Faults.restartPostgresImmediately()),
            new OneAgreementRace(5, "the same idempotency key 10× at once", true),
            new OneAgreementRace(6, "10 conflicting commands with the same If-Match", false),
            new RewoundOffsets(7, "consumer offsets rewound to the start"),
            new FaultUnderLoad(8, "poison records on the topic", Faults.poisonRecords()),
            // Longer than the event store's gap timeout (Axon's default and ours: 60 s).
            new HeldTransaction(
                    9, "a write held open past the gap timeout while others commit", Duration.ofSeconds(75)),
            new FaultUnderLoad(10, "read-model rebuild under load", Faults.rebuild()),
            new InadmissibleEvents(11, "events an earlier command side accepted that the read side could not store"),
            new TwoOfEach(12, "two instances of each service, kill -9 of one of each"));

    private FaultSuite() {}

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Set<Integer> chosen = new TreeSet<>();
        Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::valueOf).forEach(chosen::add);
        String command = "./run-fault-suite " + String.join(" ", args);
        List<ScenarioResult> results = run(System.getenv(), quick, chosen);
        String report = Report.markdown(results, command.trim());
        System.out.println(report);
        Path file = Path.of("fault-suite", "target", "fault-suite-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("Report written to " + file.toAbsolutePath());
        System.exit(results.stream().allMatch(ScenarioResult::passed) ? 0 : 1);
    }

    /** Runs the chosen scenarios (all, or the quick ones, when none are chosen) against a fresh system. */
    static List<ScenarioResult> run(Map<String, String> env, boolean quick, Set<Integer> chosen) throws Exception {
        LocalSettings settings = settings(env);
        System.out.println("Starting the system; data in " + settings.dataDirectory());
        try (LocalSystem system = LocalSystem.start(settings)) {
            // The secretariat's role: it sends commands, reads every agreement and runs the admin endpoints.
            Optional<String> token = Optional.ofNullable(env.get("FAULT_SUITE_TOKEN"))
                    .filter(t -> !t.isBlank())
                    .or(() -> Optional.of(system.identity().token("SECRETARIAT", null)));
            String databaseUrl = system.postgres() == null
                    ? settings.databaseUrl()
                    : system.postgres().jdbcUrl("agreements");
            String user = system.postgres() == null
                    ? settings.databaseUser()
                    : system.postgres().username();
            String password = system.postgres() == null
                    ? settings.databasePassword()
                    : system.postgres().password();
            String bootstrap = system.kafka() == null
                    ? settings.kafkaBootstrapServers()
                    : system.kafka().bootstrapServers();
            QueryClient query = new QueryClient(() -> system.queryService().url(), () -> token);
            SuiteContext context = new SuiteContext(
                    system,
                    bootstrap,
                    Long.toString(System.currentTimeMillis(), 36),
                    new CommandClient(() -> system.commandService().url(), () -> token),
                    query,
                    new Checks(
                            new EventStore(databaseUrl, user, password == null ? "" : password),
                            new TopicReader(bootstrap),
                            query),
                    quick ? 10 : 50,
                    quick ? 3 : 5);
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : SCENARIOS) {
                boolean wanted = chosen.isEmpty()
                        ? !quick || QUICK.contains(scenario.number())
                        : chosen.contains(scenario.number());
                if (!wanted) {
                    continue;
                }
                System.out.println("Scenario " + scenario.number() + ": " + scenario.name());
                ScenarioResult result = scenario.run(context);
                System.out.println(
                        "  " + (result.passed() ? "pass" : "FAIL") + " " + result.findings() + " " + result.note());
                results.add(result);
            }
            return results;
        }
    }

    /** Fresh data under fault-suite/target and free ports, unless the environment says otherwise. */
    private static LocalSettings settings(Map<String, String> env) {
        LocalSettings settings = LocalSettings.fromEnvironment(env);
        if (!env.containsKey("LOCAL_DATA_DIR")) {
            settings = settings.withDataDirectory(Path.of("fault-suite", "target", "run-" + System.currentTimeMillis())
                    .toAbsolutePath());
        }
        return settings.withPorts(
                port(env, "LOCAL_POSTGRES_PORT"),
                port(env, "LOCAL_KAFKA_PORT"),
                port(env, "COMMAND_SERVICE_PORT"),
                port(env, "QUERY_SERVICE_PORT"));
    }

    /** 0 lets the local system pick a free port. */
    private static int port(Map<String, String> env, String name) {
        return env.containsKey(name) ? Integer.parseInt(env.get(name)) : 0;
    }
}
