package org.cooperation.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;

/**
 * Long histories written straight to the topic in the publisher's exact format (same JSON, same
 * headers), for the figures that need more events than HTTP could record in a benchmark's time:
 * a rebuild from a million events, and one agreement with ten thousand.
 */
final class SyntheticHistory implements AutoCloseable {

    static final LocalDate EFFECTIVE = LocalDate.parse("2024-01-01");
    private static final Term TERM = new Term(5, 1, 5);
    private static final EventEnvelope.Audit AUDIT = new EventEnvelope.Audit("benchmark", "benchmark", "benchmark");

    private final KafkaProducer<String, byte[]> producer;
    private long produced;

    SyntheticHistory(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** {@code agreements} agreements of {@code eventsEach} events each, interleaved as live traffic would be. */
    long agreements(String prefix, int agreements, int eventsEach) {
        for (int step = 0; step < eventsEach; step++) {
            for (int a = 0; a < agreements; a++) {
                AgreementId id = AgreementId.of(prefix + "-" + a);
                send(step == 0 ? signed(id) : event(id, step), step);
            }
        }
        producer.flush();
        return produced;
    }

    /** One more event of an agreement's history, sent at once. */
    void one(AgreementEvent event, long sequence) {
        send(event, sequence);
        producer.flush();
    }

    private void send(AgreementEvent event, long sequence) {
        var record = new ProducerRecord<String, byte[]>(
                Topics.AGREEMENT_EVENTS, event.agreementId().value(), EventJson.write(event));
        EventEnvelope.headers(UUID.randomUUID().toString(), event, sequence, Instant.now(), AUDIT, null)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
        producer.send(record);
        produced++;
    }

    static AgreementSigned signed(AgreementId id) {
        return new AgreementSigned(
                id,
                "Benchmark memorandum " + id,
                AgreementKind.MEMORANDUM_OF_COOPERATION,
                List.of(
                        new Party(
                                PartyCode.of("DE-BMWK"),
                                "Federal Ministry",
                                CountryCode.of("DE"),
                                new Signatory("A. Signatory", "State Secretary")),
                        new Party(
                                PartyCode.of("JP-METI"),
                                "Ministry of Economy, Trade and Industry",
                                CountryCode.of("JP"),
                                new Signatory("B. Signatory", "Vice Minister"))),
                EFFECTIVE,
                "Berlin",
                EFFECTIVE,
                TERM,
                TERM.initialEnd(EFFECTIVE),
                90,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true),
                List.of("Industrial cyber security"),
                "Each side bears its own costs.");
    }

    /**
     * A valid event for the step-th position of an agreement's history, cycling through kinds, each
     * dated on or after the one before it (a day apart for the first 1,500, then on the last of
     * them), as facts entered in the order they happened. Dates that wrapped back (they once did,
     * after 1,500 steps) made every later event of (d)'s history one entered late, which re-records
     * every later business-date step of its timeline: a cost that grows with the history
     * (docs/performance.md, "Events entered late"), not what (d) measures.
     */
    static AgreementEvent event(AgreementId id, int step) {
        LocalDate date = EFFECTIVE.plusDays(Math.min(step, 1499));
        // Fields while the agreement may list more (the signature lists one), milestones after.
        int kind = step % 4 == 0 && step >= 4 * (Limits.ITEMS - 1) ? 1 : step % 4;
        return switch (kind) {
            case 0 -> new FieldOfCooperationAdded(id, "Field " + step, date);
            case 1 ->
                new MilestoneRecorded(
                        id,
                        date,
                        "Milestone " + step,
                        "Industrial cyber security",
                        "A step of the cooperation",
                        List.of("ref-" + step));
            case 2 ->
                new ParticipantAdmitted(
                        id, "Institute " + step, ParticipantKind.RESEARCH_INSTITUTE, CountryCode.of("JP"), date);
            default ->
                new ContactNominated(
                        id,
                        PartyCode.of(step % 8 == 3 ? "DE-BMWK" : "JP-METI"),
                        "Contact " + step,
                        "Director",
                        "contact" + step + "@example.org",
                        date);
        };
    }

    /** A participant that joined the day after the signature, entered as the step-th event: a fact entered late. */
    static AgreementEvent lateParticipant(AgreementId id, int step) {
        return new ParticipantAdmitted(
                id,
                "Late institute " + step,
                ParticipantKind.RESEARCH_INSTITUTE,
                CountryCode.of("JP"),
                EFFECTIVE.plusDays(1));
    }

    @Override
    public void close() {
        producer.close();
    }
}
