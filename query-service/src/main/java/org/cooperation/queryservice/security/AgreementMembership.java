package org.cooperation.queryservice.security;

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
}
