package org.cooperation.queryservice.projection.state;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agreement_link} table: every link, kept apart from the linking agreement's document
 * so that the linked agreement finds the links made to it, whichever was projected first.
 */
@Repository
public class LinkRepository {

    private static final String LINK = RelatedAgreementLinked.class.getSimpleName();

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final ReadModelTables tables;

    public LinkRepository(JdbcTemplate jdbc, ReadModelTables tables) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.tables = tables;
    }

    /** Whether the event makes or retracts a link, and so is one for {@link #recordAll}. */
    public static boolean concerns(AgreementEvent event) {
        return event instanceof RelatedAgreementLinked
                || event instanceof FactRetracted retraction
                        && retraction.retractedType().equals(LINK);
    }

    /**
     * Records the links these {@link RelatedAgreementLinked} events made, and the retractions of links
     * among them ({@link FactRetracted}), in one JDBC batch each, links first: a retraction may follow
     * its link in the same batch.
     */
    public void recordAll(Collection<ReceivedEvent> linkEvents) {
        if (linkEvents.isEmpty()) {
            return;
        }
        List<ReceivedEvent> retractions = linkEvents.stream()
                .filter(received -> received.event() instanceof FactRetracted)
                .toList();
        batches.batchUpdate(
                tables.sql("""
                        INSERT INTO {agreement_link} (agreement_id, sequence, related_agreement_id, relation, linked_on,
                                                      recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """),
                linkEvents.stream()
                        .filter(received -> received.event() instanceof RelatedAgreementLinked)
                        .map(received -> {
                            var link = (RelatedAgreementLinked) received.event();
                            return new Object[] {
                                link.agreementId().value(),
                                received.sequence(),
                                link.relatedAgreementId().value(),
                                link.relation().name(),
                                StoredDates.parameter(link.linkedOn()),
                                Timestamp.from(received.recordedAt())
                            };
                        })
                        .toList());
        if (!retractions.isEmpty()) {
            batches.batchUpdate(
                    tables.sql("UPDATE {agreement_link} SET retracted_at = ? WHERE agreement_id = ? AND sequence = ?"),
                    retractions.stream()
                            .map(received -> new Object[] {
                                Timestamp.from(received.recordedAt()),
                                received.agreementId().value(),
                                ((FactRetracted) received.event()).retractedSequence()
                            })
                            .toList());
        }
    }

    /**
     * The links other agreements made to this one, oldest first. Either bound may be null: links
     * dated after {@code linkedBy}, or recorded after {@code recordedBy}, are left out, and so are
     * links retracted by then (a retraction carries the link's own date).
     */
    public List<LinkView> incoming(String agreementId, LocalDate linkedBy, Instant recordedBy) {
        return jdbc.sql(tables.sql("""
                        SELECT agreement_id, relation, linked_on
                        FROM {agreement_link}
                        WHERE related_agreement_id = :id
                          AND (CAST(:linkedBy AS date) IS NULL OR linked_on <= :linkedBy)
                          AND (CAST(:recordedBy AS timestamptz) IS NULL OR recorded_at <= :recordedBy)
                          AND (retracted_at IS NULL
                               OR CAST(:recordedBy AS timestamptz) IS NOT NULL AND retracted_at > :recordedBy)
                        ORDER BY linked_on, agreement_id, sequence
                        """))
                .param("id", agreementId)
                .param("linkedBy", StoredDates.parameter(linkedBy))
                .param("recordedBy", recordedBy == null ? null : Timestamp.from(recordedBy))
                .query((rs, row) -> new LinkView(
                        LinkView.Direction.INCOMING,
                        rs.getString(1),
                        Relation.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }
}
