package org.cooperation.agreement.api;

/** How one agreement relates to another: the Hannover Declaration BUILDS_ON the 2016 statement. */
public enum Relation {
    BUILDS_ON,
    SUPERSEDES,
    IMPLEMENTS
}
