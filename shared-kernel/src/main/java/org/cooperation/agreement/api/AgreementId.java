package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import java.util.regex.Pattern;

/** The identity of an agreement, chosen by the secretariat (e.g. {@code jp-de-iot-2016}) or generated. */
public record AgreementId(@JsonValue String value) {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public AgreementId {
        Values.matching(
                value,
                FORMAT,
                "agreementId",
                "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    public static AgreementId generate() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
