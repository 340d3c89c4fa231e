package org.cooperation.agreement.api;

/**
 * How one agreement (the one that records the link) relates to another: the Hannover Declaration
 * BUILDS_ON the 2016 statement; the AIST–DFKI memorandum is CONCLUDED_UNDER the Hannover Declaration.
 * Version 1 of {@code RelatedAgreementLinked} knew only the first three; see docs/kafka-contract.md.
 */
public enum Relation {
    /** Deepens or continues the other one, which stays in force (the Hannover Declaration, 2017). */
    BUILDS_ON,
    /** Replaces the other one. */
    SUPERSEDES,
    /** Carries out what the other one sets up. */
    IMPLEMENTS,
    /** Changes the text of the other one. */
    AMENDS,
    /** Was concluded within the framework of the other one (the memoranda institutes sign under it). */
    CONCLUDED_UNDER,
    /** Linked without one of the relations above: concluded on the same occasion, for instance. */
    RELATED_TO
}
