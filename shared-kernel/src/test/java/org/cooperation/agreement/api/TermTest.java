package org.cooperation.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

    private final Term jointStatement = new Term(5, 1, 5);

    @Test
    void endsTheDayBeforeTheAnniversary() {
        assertThat(jointStatement.initialEnd(LocalDate.parse("2016-04-28"))).isEqualTo("2021-04-27");
    }

    @Test
    void extendsFromTheDayAfterTheCurrentEnd() {
        assertThat(jointStatement.extendedEnd(LocalDate.parse("2021-04-27"))).isEqualTo("2026-04-27");
    }

    @Test
    void keepsTheEndOfFebruaryAcrossLeapYears() {
        Term fourYears = new Term(4, 1, 1);
        assertThat(fourYears.initialEnd(LocalDate.parse("2020-03-01"))).isEqualTo("2024-02-29");
        assertThat(fourYears.extendedEnd(LocalDate.parse("2024-02-29"))).isEqualTo("2025-02-28");
    }

    @Test
    void endsAYearFromTheTwentyNinthOfFebruaryOnTheLastDayOfFebruary() {
        Term oneYear = new Term(1, 2, 1);
        // Effective the day before 29 February 2020, on it and the day after; 2021 has no 29 February.
        assertThat(oneYear.initialEnd(LocalDate.parse("2020-02-28"))).isEqualTo("2021-02-27");
        assertThat(oneYear.initialEnd(LocalDate.parse("2020-02-29"))).isEqualTo("2021-02-28");
        assertThat(oneYear.initialEnd(LocalDate.parse("2020-03-01"))).isEqualTo("2021-02-28");
        // Four years from 29 February reach another one, and end the day before it.
        assertThat(new Term(4, 0, 0).initialEnd(LocalDate.parse("2020-02-29"))).isEqualTo("2024-02-28");
    }

    @Test
    void extendsAnEndOnTheTwentyEighthOfFebruaryOfALeapYearToTheLastDayOfFebruary() {
        Term oneYear = new Term(1, 2, 1);
        // Extended from 29 February 2024, the day after the current end.
        assertThat(oneYear.extendedEnd(LocalDate.parse("2024-02-28"))).isEqualTo("2025-02-28");
        assertThat(oneYear.extendedEnd(LocalDate.parse("2024-02-27"))).isEqualTo("2025-02-27");
        assertThat(oneYear.extendedEnd(LocalDate.parse("2025-02-28"))).isEqualTo("2026-02-28");
    }

    @Test
    void rejectsATermShorterThanOneYear() {
        assertThatThrownBy(() -> new Term(0, 0, 0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("term.initialYears"));
    }

    @Test
    void rejectsExtensionsWithoutLength() {
        assertThatThrownBy(() -> new Term(5, 1, 0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("term.extensionYears"));
    }
}
