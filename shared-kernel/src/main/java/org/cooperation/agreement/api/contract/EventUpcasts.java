package org.cooperation.agreement.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;

/**
 * How the JSON of an older version of an event type becomes the JSON of the current version, one
 * version at a time. This is the one copy of every such change: {@link EventJson#read} applies it
 * to older records on the topic (a consumer reading from the start meets them), and the command
 * side's event store applies it to events stored before the change, so that the aggregate loads
 * them and a replay publishes them in the current version.
 */
public final class EventUpcasts {

    /** Each step turns the JSON of the key's version into that of the next version. */
    private static final Map<PublishedType, UnaryOperator<ObjectNode>> STEPS = Map.of(
            new PublishedType(AnnualMeetingRecorded.class, 1), EventUpcasts::attendeesBecomeRecords,
            new PublishedType(AnnualMeetingRecorded.class, 2), EventUpcasts::hostNamedByCountry,
            new PublishedType(AgreementSigned.class, 1), EventUpcasts::termAlwaysStated,
            new PublishedType(AgreementSigned.class, 2), EventUpcasts::partiesWereGovernmentBodies,
            new PublishedType(AgreementSigned.class, 3), EventUpcasts::dateKnownToTheDay,
            new PublishedType(RelatedAgreementLinked.class, 1), EventUpcasts::relationOfTheFirstThree,
            new PublishedType(MilestoneRecorded.class, 1), EventUpcasts::dateKnownToTheDay,
            new PublishedType(ParticipantAdmitted.class, 1), EventUpcasts::dateKnownToTheDay,
            new PublishedType(ProgrammeLaunched.class, 1), EventUpcasts::launchAlwaysStated);

    private EventUpcasts() {}

    /** Every older version that is still read. */
    public static Set<PublishedType> olderVersions() {
        return STEPS.keySet();
    }

    /** The older version a record's {@code ce_type} names; empty for current and unknown names. */
    public static Optional<PublishedType> olderVersion(String typeName) {
        return STEPS.keySet().stream()
                .filter(older -> older.typeName().equals(typeName))
                .findFirst();
    }

    /** The JSON of {@code from}, brought to the current version of its type; {@code json} is left as it was. */
    public static ObjectNode toCurrent(PublishedType from, JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            throw new IllegalArgumentException(from.typeName() + " is not a JSON object");
        }
        ObjectNode upcast = object.deepCopy();
        for (int version = from.version(); version < EventTypes.version(from.type()); version++) {
            UnaryOperator<ObjectNode> step = STEPS.get(new PublishedType(from.type(), version));
            if (step == null) {
                throw new IllegalStateException(
                        "no upcast from " + from.type().getSimpleName() + " version " + version);
            }
            upcast = step.apply(upcast);
        }
        return upcast;
    }

    /**
     * {@code AgreementSigned} 1 → 2: version 2 lets an open-ended instrument leave out {@code term}
     * and {@code termEndsOn}; version 1 could not, so every version 1 signature states both and means
     * the same in version 2. The JSON is kept as it is: a step of its own all the same, so that the
     * version a record was written in is never lost and each version has exactly one path.
     */
    private static ObjectNode termAlwaysStated(ObjectNode signed) {
        return signed;
    }

    /**
     * {@code RelatedAgreementLinked} 1 → 2: version 2 adds relations; every version 1 relation
     * ({@code BUILDS_ON}, {@code SUPERSEDES}, {@code IMPLEMENTS}) means the same in version 2. The
     * JSON is kept as it is, a step of its own for the same reason as {@link #termAlwaysStated}.
     */
    private static ObjectNode relationOfTheFirstThree(ObjectNode linked) {
        return linked;
    }

    /**
     * {@code MilestoneRecorded} and {@code ParticipantAdmitted} 1 → 2: version 2 lets the date be a
     * year or a month where the source gives no day; version 1 always gave a day, which is a version 2
     * date as it is. The JSON is kept, a step of its own for the same reason as {@link #termAlwaysStated}.
     */
    private static ObjectNode dateKnownToTheDay(ObjectNode fact) {
        return fact;
    }

    /**
     * {@code ProgrammeLaunched} 1 → 2: version 2 lets a programme whose launch the source does not
     * state leave out {@code launchedOn} and give {@code runningBy}; every version 1 launch stated
     * {@code launchedOn} and means the same in version 2. The JSON is kept, a step of its own for the
     * same reason as {@link #termAlwaysStated}.
     */
    private static ObjectNode launchAlwaysStated(ObjectNode launched) {
        return launched;
    }

    /**
     * {@code AgreementSigned} 2 → 3: version 3 states each party's kind; every version 2 party was a
     * government body with a country, and says so now.
     */
    private static ObjectNode partiesWereGovernmentBodies(ObjectNode signed) {
        if (signed.get("parties") instanceof ArrayNode parties) {
            parties.forEach(party -> {
                if (party instanceof ObjectNode object && !object.has("kind")) {
                    object.put("kind", PartyKind.GOVERNMENT_BODY.name());
                }
            });
        }
        return signed;
    }

    /**
     * {@code AnnualMeetingRecorded} 2 → 3: version 3 may name the host party beside the country the
     * meeting was held in; a version 2 meeting named only the host's country, which is where it was
     * held, and keeps that meaning without a host party. The JSON is kept as it is, a step of its own
     * for the same reason as {@link #termAlwaysStated}.
     */
    private static ObjectNode hostNamedByCountry(ObjectNode meeting) {
        return meeting;
    }

    /**
     * {@code AnnualMeetingRecorded} 1 → 2: each attendee was a bare name and becomes an attendee
     * with that name and neither party nor title, which version 1 never knew.
     */
    private static ObjectNode attendeesBecomeRecords(ObjectNode meeting) {
        if (meeting.get("attendees") instanceof ArrayNode names) {
            ArrayNode attendees = meeting.arrayNode(names.size());
            names.forEach(name ->
                    attendees.add(name.isTextual() ? meeting.objectNode().put("name", name.asText()) : name));
            meeting.set("attendees", attendees);
        }
        return meeting;
    }
}
