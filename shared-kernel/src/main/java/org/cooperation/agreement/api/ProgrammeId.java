package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The identity of a programme within its agreement, chosen by the secretariat (e.g. {@code
 * vulcanus-eu-in-japan}). Its name may be used again by a later programme once the first has closed;
 * its id is used once, so that yearly figures and the closing always name one programme.
 */
public record ProgrammeId(@JsonValue String value) {

    public static final String PATTERN = AgreementId.PATTERN;
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public ProgrammeId {
        Values.matching(
                value,
                FORMAT,
                "programmeId",
                "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
