package org.cooperation.queryservice.projection.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agreement states this service wrote or read last, kept so that the next event or read of
 * the same agreement need not decode its JSON document again: decoding was the projection's
 * largest cost per event once batches are small, as they are when the load is light.
 *
 * <p>A state is only ever used after the database said, in the statement that reads the row,
 * that the row's version is the version of the copy here; a state of one version is the same
 * whoever folded it (the fold is a function of the events), so a copy that matches is exact, and
 * one that does not is ignored. Rows changed by another instance, by a rebuild, or by a
 * transaction that rolled back are therefore never served from here. States are immutable, so a
 * copy is shared without being copied. The least recently used state makes room for a new one.
 */
public final class RecentStates {

    private final Map<String, AgreementState> states;

    public RecentStates(int capacity) {
        this.states = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AgreementState> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps nothing: for read models that are being filled, such as a rebuild's fresh tables. */
    public static RecentStates none() {
        return new RecentStates(0);
    }

    /** The copies held of these agreements, whatever their versions. */
    Map<String, AgreementState> copiesOf(Collection<String> agreementIds) {
        Map<String, AgreementState> found = new HashMap<>();
        synchronized (states) {
            for (String agreementId : agreementIds) {
                AgreementState state = states.get(agreementId);
                if (state != null) {
                    found.put(agreementId, state);
                }
            }
        }
        return found;
    }

    /** The copy of this agreement, whatever its version; null when none is held. */
    AgreementState copyOf(String agreementId) {
        synchronized (states) {
            return states.get(agreementId);
        }
    }

    /** Keeps these states, replacing older copies; a copy is never replaced by an older version. */
    void keep(Collection<AgreementState> written) {
        synchronized (states) {
            for (AgreementState state : written) {
                states.merge(
                        state.agreementId().value(),
                        state,
                        (held, newer) -> newer.version() >= held.version() ? newer : held);
            }
        }
    }
}
