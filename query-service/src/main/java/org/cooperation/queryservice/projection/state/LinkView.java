package org.cooperation.queryservice.projection.state;

import java.time.LocalDate;
import org.cooperation.agreement.api.Relation;

/**
 * A link as one agreement sees it. {@code OUTGOING}: this agreement {@code relation} the other
 * (the Hannover Declaration BUILDS_ON the 2016 statement). {@code INCOMING}: the other agreement
 * {@code relation} this one (the 2016 statement sees the Hannover Declaration's BUILDS_ON).
 */
public record LinkView(Direction direction, String agreementId, Relation relation, LocalDate linkedOn) {

    public enum Direction {
        OUTGOING,
        INCOMING
    }

    public static LinkView outgoing(AgreementState.Link link) {
        return new LinkView(Direction.OUTGOING, link.agreementId().value(), link.relation(), link.linkedOn());
    }
}
