package org.cooperation.queryservice.reading.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cooperation.agreement.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class SortingTest {

    @Test
    void sortsAscendingUnlessToldOtherwise() {
        assertThat(Sorting.parse("termEndsOn").orderBy()).isEqualTo("term_ends_on ASC NULLS LAST, agreement_id");
        assertThat(Sorting.parse("termEndsOn,asc").orderBy()).isEqualTo("term_ends_on ASC NULLS LAST, agreement_id");
        assertThat(Sorting.parse("nextMeetingDue,desc").orderBy())
                .isEqualTo("next_meeting_due DESC NULLS LAST, agreement_id");
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
