package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code. {@code EU} is accepted too: ISO 3166-1 reserves it
 * exceptionally, and the European Union is a party to instruments such as the EU–Japan Centre.
 */
public record CountryCode(@JsonValue String value) {

    private static final Set<String> KNOWN = known();

    public CountryCode {
        Values.required(value, "country");
        if (!isKnown(value)) {
            throw new InvalidValueException(
                    "country", "iso-3166-1", "must be an ISO 3166-1 alpha-2 code such as DE or JP");
        }
    }

    @JsonCreator
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public static boolean isKnown(String value) {
        return KNOWN.contains(value);
    }

    private static Set<String> known() {
        var codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("EU");
        return Set.copyOf(codes);
    }

    @Override
    public String toString() {
        return value;
    }
}
