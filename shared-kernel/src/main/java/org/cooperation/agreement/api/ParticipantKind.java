package org.cooperation.agreement.api;

/** "other government organizations and/or private-sector entities", and institutes such as AIST or DFKI. */
public enum ParticipantKind {
    GOVERNMENT_ORGANIZATION,
    PRIVATE_SECTOR,
    RESEARCH_INSTITUTE,
    ACADEMIA,
    INDUSTRY_ASSOCIATION,
    OTHER
}
