package org.cooperation.queryservice.projection.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.cooperation.agreement.api.BusinessDate;

/**
 * Business dates as the read models' {@code date} columns hold them. The command side admits only
 * dates of the published language (0001-01-01 to 9999-12-31), but events it stored before may hold
 * any date a {@link LocalDate} can: year 0, negative years, years past 9999. PostgreSQL holds 4713 BC
 * to 5874897 AD, written "0001-01-01 BC" for year 0 and without ISO-8601's sign for years past 9999;
 * anything beyond is stored as {@code -infinity} or {@code infinity}, which sort where they belong.
 * The JSON documents keep every date as it was.
 */
public final class StoredDates {

    private static final LocalDate FIRST = LocalDate.of(-4712, 1, 1);
    private static final LocalDate LAST = LocalDate.of(5_874_897, 12, 31);

    private StoredDates() {}

    /** The date as a statement parameter: the JDBC driver writes BC dates and infinity itself. */
    public static LocalDate parameter(LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(FIRST)) {
            return LocalDate.MIN;
        }
        return date.isAfter(LAST) ? LocalDate.MAX : date;
    }

    /**
     * A signature's date as the source gave it: {@code signed_as_given} where it was stored, else the day
     * in {@code signed_on}, as every signature before {@code AgreementSigned.v4} was known to the day.
     */
    public static BusinessDate signedOn(ResultSet rs) throws SQLException {
        String asGiven = rs.getString("signed_as_given");
        if (asGiven != null) {
            return BusinessDate.parse(asGiven);
        }
        java.sql.Date day = rs.getDate("signed_on");
        return day == null ? null : BusinessDate.of(day.toLocalDate());
    }

    /** The date in PostgreSQL's text form, for arrays and COPY. */
    public static String text(LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(FIRST)) {
            return "-infinity";
        }
        if (date.isAfter(LAST)) {
            return "infinity";
        }
        int year = date.getYear();
        String day = String.format("-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        return year > 0 ? String.format("%04d", year) + day : String.format("%04d", 1 - year) + day + " BC";
    }
}
