package org.cooperation.agreement.api;

/** Stated limits on free text and lists, so that no request can grow the record without bound. */
public final class Limits {

    public static final int NAME = 200;
    public static final int TITLE = 500;
    public static final int TEXT = 4_000;
    public static final int REFERENCE = 200;
    public static final int ITEMS = 100;
    public static final int PARTIES = 50;

    private Limits() {
    }
}
