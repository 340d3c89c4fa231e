package org.cooperation.websecurity;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cooperation.agreement.api.PublishedLanguage;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How query parameters and path variables of both services are read: as the README writes them,
 * and nothing looser. Spring's own conversions take {@code yes}, {@code on} and {@code 1} as
 * true, {@code 0x10} and {@code " 10"} as 16 and 10, and any date or instant Java can hold, which
 * PostgreSQL cannot (it ends in 294276 and starts in 4713 BC), so a far date was a 500.
 * Here a boolean is {@code true} or {@code false}; a whole number is decimal digits with an
 * optional minus; a date or an instant is ISO-8601 within the years 1 to 9999. An empty value
 * counts as absent, as before.
 */
@ControllerAdvice
public class StrictParameters {

    /** The calendar of the published language, the same for parameters as for bodies and events. */
    private static final LocalDate FIRST_DAY = PublishedLanguage.FIRST_DATE;

    private static final LocalDate LAST_DAY = PublishedLanguage.LAST_DATE;
    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT =
            LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    static final String DATE_RANGE = PublishedLanguage.DATE_RULE;

    @InitBinder
    void readStrictly(WebDataBinder binder) {
        binder.registerCustomEditor(Boolean.class, editor(StrictParameters::bool));
        binder.registerCustomEditor(boolean.class, editor(StrictParameters::bool));
        binder.registerCustomEditor(Integer.class, editor(text -> Integer.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(int.class, editor(text -> Integer.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(Long.class, editor(text -> Long.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(long.class, editor(text -> Long.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(LocalDate.class, editor(StrictParameters::date));
        binder.registerCustomEditor(Instant.class, editor(StrictParameters::instant));
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static String wholeNumber(String text) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a decimal whole number");
        }
        return text; // a number out of the type's range fails in valueOf, as not a whole number of it
    }

    private static LocalDate date(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new ParameterRuleException(DATE_RANGE, "must be between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return date;
    }

    private static Instant instant(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT)) {
            throw new ParameterRuleException(
                    DATE_RANGE, "must be between " + FIRST_INSTANT + " and " + LAST_DAY + "T23:59:59Z");
        }
        return instant;
    }

    private static PropertyEditorSupport editor(Function<String, ?> read) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isEmpty() ? null : read.apply(text));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
        };
    }

    /** A value of the right type that breaks a rule of the API, such as a date past 9999. */
    public static class ParameterRuleException extends IllegalArgumentException {

        private final String rule;

        public ParameterRuleException(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
