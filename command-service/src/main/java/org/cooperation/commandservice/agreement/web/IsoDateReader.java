package org.cooperation.commandservice.agreement.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A date of a command body: only a string {@code yyyy-MM-dd} that names a day of the calendar.
 * Jackson's own reader also takes a number (as days since 1970: {@code 20160428} became the year
 * 57167), an array and a date-time, each of which a client more likely sent by mistake.
 */
final class IsoDateReader extends StdScalarDeserializer<LocalDate> {

    IsoDateReader() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date");
        }
    }
}
