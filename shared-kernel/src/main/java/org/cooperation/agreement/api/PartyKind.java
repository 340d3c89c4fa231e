package org.cooperation.agreement.api;

/**
 * What a party is. A ministry signs the 2016 Joint Statement, the European Commission (an
 * international organisation, which may have no country of its own) founded the EU–Japan Centre with
 * METI, and public research institutes such as AIST and DFKI sign memoranda of their own. A party
 * recorded before kinds were is a government body, the only kind there was.
 */
public enum PartyKind {
    GOVERNMENT_BODY,
    INTERNATIONAL_ORGANISATION,
    PUBLIC_INSTITUTION
}
