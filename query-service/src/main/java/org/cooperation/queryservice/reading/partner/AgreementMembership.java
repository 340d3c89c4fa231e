package org.cooperation.queryservice.reading.partner;

import java.util.Collection;
import java.util.Set;
import org.cooperation.agreement.api.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether a party belongs to an agreement, from the current-state read model's party codes. */
@Repository
public class AgreementMembership {

    private final JdbcClient jdbc;

    public AgreementMembership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isParty(String agreementId, PartyCode party) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agreement WHERE agreement_id = ? AND ? = ANY (party_codes))")
                .params(agreementId, party.value())
                .query(Boolean.class)
                .single();
    }

    /** Those of these agreements the party belongs to, in one statement. */
    public Set<String> partyTo(PartyCode party, Collection<String> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("SELECT agreement_id FROM agreement WHERE agreement_id = ANY (?) AND ? = ANY (party_codes)")
                        .params(agreementIds.toArray(String[]::new), party.value())
                        .query(String.class)
                        .list());
    }
}
