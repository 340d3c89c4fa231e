package org.cooperation.queryservice.reading.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cooperation.agreement.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class SortingTest {

    @Test
    void sortsAscendingUnlessToldOtherwise() {
        assertThat(Sorting.parse("termEndsOn").orderBy())
                .isEqualTo("COALESCE(term_ends_on, DATE 'infinity') ASC, agreement_id ASC");
        assertThat(Sorting.parse("termEndsOn,asc").orderBy())
                .isEqualTo("COALESCE(term_ends_on, DATE 'infinity') ASC, agreement_id ASC");
        assertThat(Sorting.parse("agreementId,desc").orderBy()).isEqualTo("agreement_id DESC");
    }

    @Test
    void putsAMissingDateLastEitherWayAndBreaksTiesInTheSameDirection() {
        assertThat(Sorting.parse("nextMeetingDue,desc").orderBy())
                .isEqualTo("COALESCE(next_meeting_due, DATE '-infinity') DESC, agreement_id DESC");
        assertThat(Sorting.parse("title,desc").orderBy()).isEqualTo("title DESC, agreement_id DESC");
    }

    @Test
    void startsAfterACursorWithOneRowComparison() {
        assertThat(Sorting.parse("termEndsOn,desc").after())
                .isEqualTo(
                        "(COALESCE(term_ends_on, DATE '-infinity'), agreement_id) < (CAST(:afterKey AS date), :afterId)");
        assertThat(Sorting.parse("title").after())
                .isEqualTo("(title, agreement_id) > (CAST(:afterKey AS text), :afterId)");
        assertThat(Sorting.parse("agreementId").after()).isEqualTo("agreement_id > :afterId");
    }

    @Test
    void rejectsAnUnknownKeyNamingTheAllowedOnes() {
        assertThatThrownBy(() -> Sorting.parse("term_ends_on; DROP TABLE agreement"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("sort");
                    assertThat(e.rule()).isEqualTo("allowed-values");
                    assertThat(e.getMessage()).contains("termEndsOn");
                });
    }

    @Test
    void rejectsAnUnknownDirection() {
        assertThatThrownBy(() -> Sorting.parse("title,up"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("direction"));
        assertThatThrownBy(() -> Sorting.parse("title,asc,desc")).isInstanceOf(InvalidValueException.class);
    }
}
