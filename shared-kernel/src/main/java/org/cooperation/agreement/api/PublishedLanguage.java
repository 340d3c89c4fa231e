package org.cooperation.agreement.api;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * What text and which dates the published language admits: the one definition that the command
 * side's HTTP validation, the aggregate's events and every reader of the topic (the query side,
 * partners' consumers) share, so that whatever the command side accepts, every reader can store
 * and show.
 *
 * <ul>
 *   <li><b>Text</b> is made of the characters XML 1.0 admits: tab, line feed, carriage return and
 *   every Unicode scalar value from U+0020 on, except U+FFFE and U+FFFF. Left out are U+0000
 *   (PostgreSQL's text and jsonb cannot hold it), the other control characters of C0 (they break
 *   log lines, CSV files and many partners' XML tools), and unpaired surrogates (no valid UTF-8).</li>
 *   <li><b>Dates</b> run from 0001-01-01 to 9999-12-31: the four-digit years of RFC 3339's
 *   {@code full-date}, which the JSON Schemas of the contract name; PostgreSQL has no year 0.</li>
 * </ul>
 */
public final class PublishedLanguage {

    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    /** The rule a text with a character outside the published language breaks. */
    public static final String TEXT_RULE = "text-characters";
    /** The rule a date outside the published language's calendar breaks. */
    public static final String DATE_RULE = "date-range";

    private static final char REPLACEMENT = '\uFFFD';

    private PublishedLanguage() {}

    /** Whether every character of the text is admitted. */
    public static boolean isAdmissible(String text) {
        return firstInadmissible(text) < 0;
    }

    public static boolean isAdmissible(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** The text, when admitted; otherwise an {@link InvalidValueException} naming the field. */
    public static String text(String text, String field) {
        if (text != null) {
            int at = firstInadmissible(text);
            if (at >= 0) {
                throw new InvalidValueException(
                        field,
                        TEXT_RULE,
                        String.format(
                                "must not contain U+%04X (character %d): control characters other than tab, line feed and"
                                        + " carriage return, unpaired surrogates, U+FFFE and U+FFFF are not admitted",
                                text.codePointAt(at), at + 1));
            }
        }
        return text;
    }

    /** The date, when within the calendar; otherwise an {@link InvalidValueException} naming the field. */
    public static LocalDate date(LocalDate date, String field) {
        if (date != null && !isAdmissible(date)) {
            throw new InvalidValueException(
                    field, DATE_RULE, "must be between " + FIRST_DATE + " and " + LAST_DATE + ", not " + date);
        }
        return date;
    }

    /**
     * The first problem in a value of the published language (a command, an event, a value
     * object): every text and date it holds, however deeply, named by its path such as
     * {@code parties[1].signatory.name}.
     */
    public static Optional<InvalidValueException> problemIn(Object value) {
        try {
            check(value, Path.ROOT);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e);
        }
    }

    /**
     * The text with each character that is not admitted replaced by U+FFFD, the Unicode replacement
     * character: how a reader shows a text that an earlier version of the command side let through.
     */
    public static String repaired(String text) {
        if (text == null || isAdmissible(text)) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (admitted(c)) {
                repaired.appendCodePoint(c);
            } else {
                repaired.append(REPLACEMENT);
            }
        });
        return repaired.toString();
    }

    /**
     * Every command and event passes here, so the walk reads each record class's components once
     * ({@link #COMPONENTS}) and spells a value's path only when the value is refused.
     */
    private static void check(Object value, Path path) {
        if (value instanceof String text) {
            if (!isAdmissible(text)) {
                text(text, path.toString());
            }
        } else if (value instanceof LocalDate date) {
            if (!isAdmissible(date)) {
                date(date, path.toString());
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path.item(i++));
            }
        } else if (value instanceof Record record) {
            Component[] components = COMPONENTS.get(record.getClass());
            for (Component component : components) {
                check(component.valueIn(record), path.component(component.name(), components.length));
            }
        }
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(Component::of).toArray(Component[]::new);
        }
    };

    /**
     * A record's component and its accessor, made accessible once: many records of the language are
     * not public, and a reflective call checked the caller's access each time.
     */
    private record Component(String name, Method accessor) {

        static Component of(RecordComponent component) {
            Method accessor = component.getAccessor();
            try {
                accessor.setAccessible(true);
            } catch (RuntimeException e) {
                // A record of a module that does not open its package: its accessor is called checked.
            }
            return new Component(component.getName(), accessor);
        }

        Object valueIn(Record record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    /** Where a value sits in what is checked, such as {@code parties[1].signatory.name}; spelt when asked. */
    private record Path(Path parent, String name, int index) {

        static final Path ROOT = new Path(null, null, -1);

        Path item(int i) {
            return new Path(this, null, i);
        }

        /** A value object such as {@code AgreementId(value)} stands for its one value: its path is the field's. */
        Path component(String name, int components) {
            if (components == 1 && name.equals("value")) {
                return this;
            }
            return new Path(this, name, -1);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String before = parent.toString();
            if (name == null) {
                return before + "[" + index + "]";
            }
            return before.isEmpty() ? name : before + "." + name;
        }
    }

    /** The index of the first character that is not admitted, or -1. */
    private static int firstInadmissible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!admitted(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** XML 1.0's Char production; an unpaired surrogate reads as a code point of the surrogate range. */
    private static boolean admitted(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
