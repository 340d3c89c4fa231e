package org.cooperation.agreement.api;

/** What kind of instrument was signed. */
public enum AgreementKind {
    JOINT_STATEMENT,
    JOINT_DECLARATION,
    DECLARATION,
    MEMORANDUM_OF_COOPERATION,
    MEMORANDUM_OF_UNDERSTANDING,
    AGREEMENT,
    JOINT_VENTURE
}
