package org.cooperation.localrun;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperation.localinfra.FreePorts;
import org.cooperation.localinfra.LocalIdentity;
import org.cooperation.localinfra.LocalKafka;
import org.cooperation.localinfra.LocalPostgres;

/**
 * The whole system on this machine: PostgreSQL and a KRaft broker (started here unless external
 * ones are configured) and both services as separate processes. Used by the local run, the
 * end-to-end test, the benchmark and the fault suite.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(8);

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalIdentity identity;
    private final ServiceProcess commandService;
    private final ServiceProcess queryService;

    private LocalSystem(
            LocalPostgres postgres,
            LocalKafka kafka,
            LocalIdentity identity,
            ServiceProcess commandService,
            ServiceProcess queryService) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.identity = identity;
        this.commandService = commandService;
        this.queryService = queryService;
    }

    public static LocalSystem start(LocalSettings settings) throws IOException, InterruptedException {
        settings.requirePortsFree();
        LocalPostgres postgres = null;
        LocalKafka kafka = null;
        String databaseUrl = settings.databaseUrl();
        String user = settings.databaseUser();
        String password = settings.databasePassword();
        if (databaseUrl == null) {
            postgres = LocalPostgres.builder()
                    .dataDirectory(settings.dataDirectory().resolve("postgres"))
                    .port(settings.postgresPort())
                    .start();
            postgres.createDatabase("agreements");
            databaseUrl = postgres.jdbcUrl("agreements");
            user = postgres.username();
            password = postgres.password();
        }
        String bootstrapServers = settings.kafkaBootstrapServers();
        if (bootstrapServers == null) {
            kafka = LocalKafka.builder()
                    .dataDirectory(settings.dataDirectory().resolve("kafka"))
                    .port(settings.kafkaPort())
                    // The partition count command-service asks for (agreements.kafka.partitions): when
                    // query-service subscribes first, the broker creates the topic, and a topic grown
                    // later goes unseen by the consumer until its next metadata refresh, minutes away.
                    .brokerProperty("num.partitions", "6")
                    .start();
            bootstrapServers = kafka.bootstrapServers();
        }
        LocalIdentity identity = LocalIdentity.loadOrCreate(settings.identityDirectory());
        // Port 0 picks a free port, as for the local servers.
        int commandPort = FreePorts.orPick(settings.commandPort());
        int queryPort = FreePorts.orPick(settings.queryPort());
        Map<String, String> environment = new HashMap<>(Map.of(
                "DATABASE_URL",
                databaseUrl,
                "DATABASE_USER",
                user == null ? "" : user,
                "DATABASE_PASSWORD",
                password == null ? "" : password,
                "KAFKA_BOOTSTRAP_SERVERS",
                bootstrapServers,
                "QUERY_BASE_URL",
                "http://localhost:" + queryPort,
                // The console at /console sends commands here, and takes ./token's tokens to sign in.
                "COMMAND_API_URL",
                "http://localhost:" + commandPort,
                "CONSOLE_TOKEN_SIGN_IN",
                "true"));
        // Both services trust the local signing key, issuer and audience; production names an OIDC issuer instead.
        identity.serviceProperties()
                .forEach((property, value) -> environment.put(environmentVariable(property), value));
        Path logs = settings.dataDirectory().resolve("logs");
        List<String> jvm = new ArrayList<>(settings.jvmOptions());
        ServiceProcess commandService = new ServiceProcess(
                "command-service",
                settings.servicesRoot().resolve("command-service/target/command-service-exec.jar"),
                commandPort,
                environment,
                jvm,
                logs.resolve("command-service.log"));
        ServiceProcess queryService = new ServiceProcess(
                "query-service",
                settings.servicesRoot().resolve("query-service/target/query-service-exec.jar"),
                queryPort,
                environment,
                jvm,
                logs.resolve("query-service.log"));
        LocalSystem system = new LocalSystem(postgres, kafka, identity, commandService, queryService);
        try {
            commandService.start();
            queryService.start();
            // Long enough for a machine busy with other builds (a start there has taken over 3 minutes);
            // a service that fails to start says so at once in its log, so this only bounds a hang.
            commandService.awaitHealthy(STARTUP_LIMIT);
            queryService.awaitHealthy(STARTUP_LIMIT);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The failure to start is the news; a failure to clean up after it must not hide it.
            try {
                system.close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return system;
    }

    /** Spring Boot's environment variable for a property: {@code a.b-c} is {@code A_B_C}. */
    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public ServiceProcess commandService() {
        return commandService;
    }

    public ServiceProcess queryService() {
        return queryService;
    }

    /** The signing key both services trust, for tokens of any role. */
    public LocalIdentity identity() {
        return identity;
    }

    /** The PostgreSQL server started here, or null when an external one is used. */
    public LocalPostgres postgres() {
        return postgres;
    }

    /** The broker started here, or null when an external one is used. */
    public LocalKafka kafka() {
        return kafka;
    }

    /** Stops the services first, so that nothing writes to a store that is going away. */
    @Override
    public void close() {
        try {
            queryService.stop();
            commandService.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
