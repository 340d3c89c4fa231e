package org.cooperation.queryservice.reading.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cooperation.agreement.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class ListCursorTest {

    private static final Sorting BY_TERM_END = Sorting.parse("termEndsOn,desc");

    @Test
    void readsBackWhatItWrote() {
        ListCursor cursor = new ListCursor("termEndsOn,desc", "-infinity", "jp-de-iot-2016");

        assertThat(ListCursor.decode(cursor.encode(), BY_TERM_END)).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesACursorOfAnotherSort() {
        String cursor = new ListCursor("title,asc", "A title", "a").encode();

        assertThatThrownBy(() -> ListCursor.decode(cursor, BY_TERM_END))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("cursor");
                    assertThat(e.rule()).isEqualTo("sort");
                });
    }

    @Test
    void refusesWhatNoPageGave() {
        for (String text :
                new String[] {"not base64!", new ListCursor("termEndsOn,desc", "soon", "a").encode(), "dGl0bGUsYXNj"}) {
            assertThatThrownBy(() -> ListCursor.decode(text, BY_TERM_END))
                    .as(text)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("format"));
        }
    }
}
