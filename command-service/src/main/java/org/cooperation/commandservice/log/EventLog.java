package org.cooperation.commandservice.log;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.commandservice.chain.ChainMetadata;
import org.springframework.stereotype.Component;

/**
 * Takes every stored event into the log, in the order a tracking processor with one segment and one
 * thread receives them: global order. Its token moves in the transaction that appends the leaf, so
 * each event becomes exactly one leaf. An event stored unchained (only while measuring the chain's
 * cost) has no hash to log and is passed by.
 */
@Component
@ProcessingGroup(EventLog.PROCESSING_GROUP)
public class EventLog {

    public static final String PROCESSING_GROUP = "event-log";
    private static final String BATCH = EventLog.class.getName() + ".batch";

    private final TreeStore tree;

    public EventLog(TreeStore tree) {
        this.tree = tree;
    }

    @EventHandler
    public void log(
            AgreementEvent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence, MetaData metaData) {
        Object hash = metaData.get(ChainMetadata.HASH);
        if (hash != null) {
            batch().add(new TreeStore.Leaf(event.agreementId().value(), sequence, eventId, hash.toString()));
        }
    }

    /** The events of the processor's current batch, appended together as its transaction is about to commit. */
    private List<TreeStore.Leaf> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(BATCH, key -> {
            List<TreeStore.Leaf> leaves = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> tree.appendAll(leaves));
            return leaves;
        });
    }
}
