package org.cooperation.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cooperation.agreement.api.contract.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDateTest {

    @ParameterizedTest
    @CsvSource({
        "1987, YEAR, 1987-01-01, 1987-12-31",
        "2018-10, MONTH, 2018-10-01, 2018-10-31",
        "2024-02, MONTH, 2024-02-01, 2024-02-29",
        "2018-10-29, DAY, 2018-10-29, 2018-10-29",
        "0001, YEAR, 0001-01-01, 0001-12-31",
        "9999-12, MONTH, 9999-12-01, 9999-12-31"
    })
    void standsForEveryDayOfItsPrecision(
            String text, BusinessDate.Precision precision, String earliest, String latest) {
        BusinessDate date = BusinessDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000",
                "0000-01-01",
                "87",
                "19870",
                "1987-13",
                "1987-00",
                "2023-02-29",
                "1987-1",
                "+1987",
                "-0001",
                "1987-10-29T00:00",
                ""
            })
    void refusesWhatIsNotAReducedPrecisionDateOfThePublishedCalendar(String text) {
        assertThatThrownBy(() -> BusinessDate.parse(text, "launchedOn"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("launchedOn");
    }

    @Test
    void matchesThePatternOfTheContract() {
        for (String text : new String[] {"1987", "2018-10", "2018-10-29"}) {
            assertThat(text).matches(BusinessDate.PATTERN);
        }
        assertThat("0000").doesNotMatch(BusinessDate.PATTERN);
        assertThat("1987-13").doesNotMatch(BusinessDate.PATTERN);
    }

    @Test
    void isCertainlyBeforeOrAfterADayOnlyWithItsWholeRange() {
        BusinessDate year = BusinessDate.ofYear(1987);

        assertThat(year.before(LocalDate.parse("1988-01-01"))).isTrue();
        assertThat(year.before(LocalDate.parse("1987-12-31"))).isFalse();
        assertThat(year.after(LocalDate.parse("1986-12-31"))).isTrue();
        assertThat(year.after(LocalDate.parse("1987-01-01"))).isFalse();
        assertThat(year.spans(LocalDate.parse("1987-06-30"))).isTrue();
        assertThat(BusinessDate.of(LocalDate.parse("1987-06-30")).spans(LocalDate.parse("1987-06-30")))
                .isFalse();
    }

    @Test
    void ordersTheVaguerDateFirstOnTheSameDay() {
        assertThat(BusinessDate.parse("1987")).isLessThan(BusinessDate.parse("1987-01"));
        assertThat(BusinessDate.parse("1987-01")).isLessThan(BusinessDate.parse("1987-01-01"));
        assertThat(BusinessDate.parse("1987-12-31")).isLessThan(BusinessDate.parse("1988"));
    }

    @Test
    void isItsIsoTextInJson() throws Exception {
        record Holder(BusinessDate launchedOn) {}
        var mapper = EventJson.mapper();

        assertThat(mapper.writeValueAsString(new Holder(BusinessDate.parse("2018-10"))))
                .isEqualTo("{\"launchedOn\":\"2018-10\"}");
        assertThat(mapper.readValue("{\"launchedOn\":\"1987\"}", Holder.class).launchedOn())
                .isEqualTo(BusinessDate.ofYear(1987));
    }
}
