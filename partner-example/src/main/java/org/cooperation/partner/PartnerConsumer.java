package org.cooperation.partner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooperation.agreement.api.contract.AdmissibleJson;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;

/**
 * A partner agency's consumer: typed events from {@code agreements.events.v1}, in order per
 * agreement, each applied once although the topic delivers at least once.
 *
 * <pre>
 * java -cp partner-example.jar:... org.cooperation.partner.PartnerConsumer 127.0.0.1:19092 my-agency
 * </pre>
 */
public final class PartnerConsumer implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    /** The last sequence applied per agreement; a real consumer keeps it with its own data. */
    private final Map<String, Long> applied = new HashMap<>();
    /**
     * The sequences retracted per agreement (docs/kafka-contract.md, "Corrections"): the events stay
     * as received, but no longer count; a consumer that keeps a state folds its history without them.
     */
    private final Map<String, Set<Long>> retracted = new HashMap<>();

    public PartnerConsumer(String bootstrapServers, String groupId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.AGREEMENT_EVENTS));
    }

    /** Polls once and hands each new event to {@code handler}; redelivered events are skipped. */
    public int poll(Duration timeout, Consumer<ReceivedEvent> handler) {
        int handled = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            // Events stored before the command side refused text a database cannot hold are read with
            // U+FFFD in place of such characters, so that a consumer storing them never fails on them.
            ReceivedEvent received = ReceivedEvent.read(
                    name -> text(record.headers().lastHeader(name)), AdmissibleJson.of(record.value()));
            Long last = applied.get(received.agreementId().value());
            if (last != null && received.sequence() <= last) {
                continue;
            }
            if (received.event() instanceof FactRetracted retraction) {
                retracted
                        .computeIfAbsent(received.agreementId().value(), id -> new HashSet<>())
                        .add(retraction.retractedSequence());
            }
            handler.accept(received);
            applied.put(received.agreementId().value(), received.sequence());
            handled++;
        }
        return handled;
    }

    /** Whether the event at {@code sequence} of the agreement was retracted as entered in error. */
    public boolean isRetracted(String agreementId, long sequence) {
        return retracted.getOrDefault(agreementId, Set.of()).contains(sequence);
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        String bootstrapServers = args.length > 0 ? args[0] : "127.0.0.1:19092";
        String groupId = args.length > 1 ? args[1] : "partner-example";
        try (PartnerConsumer partner = new PartnerConsumer(bootstrapServers, groupId)) {
            while (!Thread.currentThread().isInterrupted()) {
                partner.poll(Duration.ofSeconds(1), PartnerConsumer::describe);
            }
        }
    }

    static void describe(ReceivedEvent received) {
        String what = received.event() instanceof AgreementSigned signed
                ? "signed \"" + signed.title() + "\", in force "
                        + (signed.openEnded() ? "until terminated (open-ended)" : "until " + signed.termEndsOn())
                : received.event() instanceof TermExtended extended
                        ? "extended until " + extended.termEndsOn()
                        // With three or more parties a notice is one party's withdrawal, not the end of the agreement.
                        : received.event() instanceof WithdrawalNoticeGiven withdrawal
                                ? withdrawal.party() + " withdraws after " + withdrawal.endsOn()
                                        + "; the agreement goes on among the others"
                                : received.event() instanceof FactRetracted retraction
                                        ? "retracted #" + retraction.retractedSequence() + " ("
                                                + retraction.retractedType()
                                                + " of " + retraction.retractedOn() + ") as entered in error: "
                                                + retraction.reason()
                                        : received.event() instanceof TerminationRevoked revoked
                                                ? "the termination of " + revoked.revokedTerminatedOn()
                                                        + " no longer holds: " + revoked.reason()
                                                : received.event() instanceof WithdrawalRevoked stays
                                                        ? stays.party() + " did not withdraw after "
                                                                + stays.revokedLastDayAsParty()
                                                                + "; it is a party still: "
                                                                + stays.reason()
                                                        : received.event() instanceof AgreementVoided voided
                                                                ? "voided as entered in error: " + voided.reason()
                                                                : received.event()
                                                                        .getClass()
                                                                        .getSimpleName();
        System.out.printf(
                "%s #%d %s (on %s)%n",
                received.agreementId(),
                received.sequence(),
                what,
                received.event().businessDate());
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
