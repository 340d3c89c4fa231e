package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A party's short code, country first: {@code DE-BMWI}, {@code JP-METI}. */
public record PartyCode(@JsonValue String value) {

    public static final String PATTERN = "[A-Z]{2}-[A-Z0-9][A-Z0-9-]{0,37}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public PartyCode {
        Values.matching(value, FORMAT, "party", "a country code, '-' and upper-case letters or digits, e.g. DE-BMWI");
    }

    @JsonCreator
    public static PartyCode of(String value) {
        return new PartyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
