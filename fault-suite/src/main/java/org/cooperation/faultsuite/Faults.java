package org.cooperation.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.localrun.ServiceProcess;

/** The faults injected mid-load. */
final class Faults {

    static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    static final int POISON_RECORDS = 3;

    private Faults() {}

    /** kill -9, a second of downtime, then the same service started again. */
    static Fault killAndRestart(Function<SuiteContext, ServiceProcess> service) {
        return outage(context -> service.apply(context).kill(), Duration.ofSeconds(1), context -> {
            service.apply(context).start();
            service.apply(context).awaitHealthy(HEALTHY_WITHIN);
        });
    }

    static Fault killBroker() {
        return outage(
                context -> context.system().kafka().kill(),
                Duration.ofSeconds(3),
                context -> context.system().kafka().start());
    }

    /** pg_ctl stop -m immediate: the server dies without a checkpoint and recovers from its WAL. */
    static Fault restartPostgresImmediately() {
        return outage(
                context -> context.system().postgres().stopImmediate(),
                Duration.ofSeconds(2),
                context -> context.system().postgres().start());
    }

    private static Fault outage(Step stop, Duration down, Step start) {
        return context -> {
            stop.run(context);
            Workload.sleep(down.toMillis());
            start.run(context);
            return Fault.Outcome.none();
        };
    }

    @FunctionalInterface
    private interface Step {
        void run(SuiteContext context) throws Exception;
    }

    /** Records no consumer can read, among the real ones; each must be dead-lettered and the rest flow. */
    static Fault poisonRecords() {
        return context -> {
            long before = deadLetters(context).orElse(0L);
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<String, byte[]> producer =
                    new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < POISON_RECORDS; i++) {
                    ProducerRecord<String, byte[]> poison = new ProducerRecord<>(
                            TopicReader.TOPIC,
                            context.prefix(8) + "-poison-" + i,
                            "{ not json".getBytes(StandardCharsets.UTF_8));
                    poison.headers()
                            .add(
                                    EventHeaders.TYPE,
                                    "org.cooperation.agreement.AgreementSigned.v1".getBytes(StandardCharsets.UTF_8));
                    poison.headers().add(EventHeaders.SEQUENCE, "0".getBytes(StandardCharsets.UTF_8));
                    producer.send(poison).get();
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long after = before;
            while (after - before < POISON_RECORDS && System.nanoTime() < deadline) {
                Workload.sleep(500);
                after = deadLetters(context).orElse(before);
            }
            return new Fault.Outcome(
                    "dead letters +" + (after - before) + " of " + POISON_RECORDS + " poison records",
                    after - before == POISON_RECORDS);
        };
    }

    /** How many dead letters query-service holds; empty when it cannot say. */
    static Optional<Long> deadLetters(SuiteContext context) {
        return context.query()
                .get("/api/admin/dead-letters?size=1")
                .map(body -> body.path("totalItems").asLong());
    }

    /** A rebuild of every read model from the start of the topic while commands keep coming. */
    static Fault rebuild() {
        return context -> {
            if (context.query().post("/api/admin/rebuild").isEmpty()) {
                return new Fault.Outcome("the rebuild was refused", false);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            String state = "RUNNING";
            JsonNode status = null;
            while ("RUNNING".equals(state) && System.nanoTime() < deadline) {
                Workload.sleep(500);
                status = context.query().get("/api/admin/rebuild").orElse(null);
                state = status == null ? "RUNNING" : status.path("state").asText();
            }
            return new Fault.Outcome(
                    "rebuild " + state
                            + (status == null
                                    ? ""
                                    : " in " + status.path("durationMillis").asLong() + " ms, "
                                            + status.path("applied").asLong() + " events applied"),
                    "SUCCEEDED".equals(state));
        };
    }
}
