package org.cooperation.commandservice.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.junit.jupiter.api.Test;

/** Events read from the event store as Axon reads them: the stored row, the upcasters, the serializer. */
class StoredEventUpcasterTest {

    /** An annual meeting exactly as the event store held it before version 2: revision "1", bare names. */
    private static final String VERSION_1 = """
            {"agreementId":"jp-de-iot-2016","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover",
             "level":"Minister","attendees":["Brigitte Zypries","Hiroshige Seko"],"outcomes":["Hannover Declaration"]}""";

    private final Serializer serializer = new AxonConfig().eventSerializer();

    @Test
    void loadsAStoredVersion1MeetingAsTheCurrentEvent() {
        Object loaded = load("1", VERSION_1.getBytes(UTF_8), new StoredEventUpcaster());

        assertThat(loaded)
                .isEqualTo(hannover(List.of(Attendee.named("Brigitte Zypries"), Attendee.named("Hiroshige Seko"))));
    }

    @Test
    void leavesAStoredMeetingOfTheCurrentVersionAsItIs() {
        AnnualMeetingRecorded current = hannover(List.of(
                new Attendee("Hiroshige Seko", PartyCode.of("JP-METI"), "Minister of Economy, Trade and Industry")));

        assertThat(load("2", EventJson.write(current), new StoredEventUpcaster()))
                .isEqualTo(current);
    }

    /** Without it, the names of version 1 cannot be read as attendees: the aggregate would not load. */
    @Test
    void cannotLoadAStoredVersion1MeetingWithoutIt() {
        assertThatThrownBy(() -> load("1", VERSION_1.getBytes(UTF_8), NoOpEventUpcaster.INSTANCE))
                .rootCause()
                .hasMessageContaining("no String-argument constructor")
                .hasMessageContaining("Attendee");
    }

    private Object load(String revision, byte[] payload, EventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Agreement",
                "jp-de-iot-2016",
                2,
                "5b0e6f1c-0000-4000-8000-000000000002",
                Instant.parse("2017-03-20T09:00:00Z"),
                AnnualMeetingRecorded.class.getName(),
                revision,
                payload,
                "{}".getBytes(UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer, upcaster)
                .next()
                .getPayload();
    }

    private static AnnualMeetingRecorded hannover(List<Attendee> attendees) {
        return new AnnualMeetingRecorded(
                AgreementId.of("jp-de-iot-2016"),
                LocalDate.parse("2017-03-19"),
                CountryCode.of("DE"),
                "Hannover",
                "Minister",
                attendees,
                List.of("Hannover Declaration"),
                null);
    }
}
