package org.cooperation.localinfra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one process, no ZooKeeper) run
 * in a child JVM from the {@code org.apache.kafka:kafka_2.13} jar on the classpath.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.builder().dataDirectory(dir).port(9092).start()) {
 *     producerProperties.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 *
 * The broker's output goes to {@code broker.log} in the data directory. The child JVM gets this
 * JVM's classpath unless one is given; with logback on it, the broker logs at INFO.
 */
public final class LocalKafka implements AutoCloseable {

    private static final String BROKER_MAIN = KafkaBrokerMain.class.getName();
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final List<String> classpath;
    private final Map<String, String> extraProperties;
    private final Duration startupTimeout;
    private Process broker;

    private LocalKafka(Builder builder, Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = FreePorts.orPick(builder.port);
        this.controllerPort = FreePorts.pick();
        this.classpath = ChildClasspath.withLocalInfra(
                builder.classpath != null ? builder.classpath : ChildClasspath.ofCurrentJvm());
        this.extraProperties = Map.copyOf(builder.properties);
        this.startupTimeout = builder.startupTimeout;
        boolean throwAway = builder.dataDirectory == null;
        OnExit.stop(() -> {
            stop();
            if (throwAway) {
                Directories.deleteQuietly(this.dataDirectory);
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public synchronized boolean isRunning() {
        return broker != null && broker.isAlive();
    }

    /** The broker's process (started through setsid, which runs it in its place), or -1 when stopped. */
    public synchronized long pid() {
        return isRunning() ? broker.pid() : -1;
    }

    /**
     * Starts the broker, formatting its storage first if this data directory has never held one,
     * and returns once it answers an admin request. Also starts it again after a stop or kill.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path properties = writeServerProperties();
            Path arguments = ChildClasspath.writeArgumentFile(classpath, dataDirectory.resolve("java-classpath.args"));
            writeLogbackConfiguration();
            if (!Files.exists(logDirectory().resolve("meta.properties"))) {
                format(arguments, properties);
            }
            broker = new ProcessBuilder(OwnSession.command(javaCommand(arguments, BROKER_MAIN, properties.toString())))
                    .directory(dataDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka in " + dataDirectory, e);
        }
        awaitReady();
    }

    /**
     * Static voters rather than a dynamic quorum: a single node needs no reconfiguration, and it
     * keeps the format step to one line.
     */
    private Path writeServerProperties() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", logDirectory().toString());
        settings.put("num.partitions", "3");
        settings.put("auto.create.topics.enable", "true");
        // One broker cannot hold more than one replica of the internal topics.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        // Nobody else will join the group, so waiting for more members only slows tests down.
        settings.put("group.initial.rebalance.delay.ms", "0");
        // After a kill the controller refuses the restarted broker until the dead one's session
        // expires; the default 9 s would make every crash test wait that long.
        settings.put("broker.heartbeat.interval.ms", "1000");
        settings.put("broker.session.timeout.ms", "4000");
        settings.putAll(extraProperties);
        StringBuilder text = new StringBuilder("# Written by LocalKafka on every start.\n");
        settings.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path file = dataDirectory.resolve("server.properties");
        Files.writeString(file, text);
        return file;
    }

    /** Used only when logback is on the child's classpath; otherwise it logs nothing. */
    private void writeLogbackConfiguration() throws IOException {
        Files.writeString(logbackConfiguration(), """
                <configuration>
                  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="STDOUT"/></root>
                </configuration>
                """);
    }

    private void format(Path arguments, Path properties) {
        List<String> format = javaCommand(
                arguments,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                properties.toString());
        Commands.run(format, dataDirectory, FORMAT_TIMEOUT);
    }

    private List<String> javaCommand(Path arguments, String mainClass, String... mainArguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dlogback.configurationFile=" + logbackConfiguration(),
                "@" + arguments,
                mainClass));
        command.addAll(List.of(mainArguments));
        return command;
    }

    /**
     * Waits until the broker answers with this data directory's cluster id; a bare answer could
     * come from another broker already holding the port. Waits for the port to open first,
     * because an admin client pointed at a closed port fills the log with connection warnings.
     */
    private void awaitReady() {
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        String clusterId = clusterId();
        while (!portOpen()) {
            checkProgress(deadline, null);
            sleep();
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    if (clusterId.equals(cluster.clusterId().get(2, TimeUnit.SECONDS))
                            && !cluster.nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                    checkProgress(deadline, null);
                } catch (ExecutionException | TimeoutException e) {
                    checkProgress(deadline, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure("Interrupted while waiting for Kafka", e);
                }
                sleep();
            }
        }
    }

    private String clusterId() {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(logDirectory().resolve("meta.properties"))) {
            meta.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the cluster id from " + logDirectory(), e);
        }
        return meta.getProperty("cluster.id");
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkProgress(long deadline, Exception lastError) {
        if (!broker.isAlive()) {
            throw failure("Kafka exited with code " + broker.exitValue() + " while starting", lastError);
        }
        if (System.nanoTime() > deadline) {
            kill();
            throw failure("Kafka was not ready within " + startupTimeout, lastError);
        }
    }

    private IllegalStateException failure(String message, Exception cause) {
        return new IllegalStateException(
                message + " (bootstrap " + bootstrapServers() + ")\n" + LogFiles.tail(logFile()), cause);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** A clean shutdown (SIGTERM); a broker still running after 20 seconds is killed. */
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        broker.destroy();
        try {
            if (!broker.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** Kills the broker like a crash (SIGKILL), for fault-injection tests; {@link #start()} recovers it. */
    public synchronized void kill() {
        if (broker == null) {
            return;
        }
        broker.destroyForcibly();
        try {
            broker.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Path logDirectory() {
        return dataDirectory.resolve("kraft-data");
    }

    private Path logFile() {
        return dataDirectory.resolve("broker.log");
    }

    private Path logbackConfiguration() {
        return dataDirectory.resolve("logback-broker.xml");
    }

    public static final class Builder {

        private Path dataDirectory;
        private int port;
        private List<String> classpath;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * Where the broker keeps its logs and metadata; reused on the next start, so records
         * survive restarts. Without one, a temporary directory is used and deleted when the JVM exits.
         */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The PLAINTEXT port on 127.0.0.1; 0, the default, picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * The child JVM's classpath, which must hold kafka_2.13 and its dependencies. By default it
         * is this JVM's, which does not work from a Spring Boot fat jar.
         */
        public Builder classpath(List<String> classpath) {
            this.classpath = List.copyOf(classpath);
            return this;
        }

        /** A broker setting added to, or overriding, the single-node defaults. */
        public Builder brokerProperty(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        public LocalKafka start() {
            Path directory = dataDirectory != null ? dataDirectory : Directories.throwAway("cooperation-kafka-");
            LocalKafka kafka = new LocalKafka(this, directory);
            kafka.start();
            return kafka;
        }
    }
}
