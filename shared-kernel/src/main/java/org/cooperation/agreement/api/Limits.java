package org.cooperation.agreement.api;

/** Stated limits on free text and lists, so that no request can grow the record without bound. */
public final class Limits {

    public static final int NAME = 200;
    public static final int TITLE = 500;
    public static final int TEXT = 4_000;
    public static final int REFERENCE = 200;
    /** Why a command was sent (its optional {@code reason}), and why a fact was retracted or an agreement voided. */
    public static final int REASON = 1_000;

    public static final int ITEMS = 100;
    public static final int PARTIES = 50;
    /**
     * Caps on the numbers of a term that no real instrument comes near, so that no date an agreement
     * derives from them leaves the calendar (see {@link PublishedLanguage}): an initial period or an
     * extension of at most a century, at most a hundred extensions, at most ten years' notice.
     * Commands are held to them; events stored before they existed keep their values.
     */
    public static final int TERM_YEARS = 100;

    public static final int EXTENSIONS = 100;
    public static final int NOTICE_DAYS = 3_660;

    private Limits() {}
}
