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
