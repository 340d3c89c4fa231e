package org.cooperation.queryservice.reading.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.cooperation.agreement.api.InvalidValueException;
import org.junit.jupiter.api.Test;

class AsOfTest {

    private static final Clock NOON_ON_1_JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void meansTheCurrentStateWhenNeitherTimeIsGiven() {
        assertThat(AsOf.of(null, null, NOON_ON_1_JUNE_2024)).isNull();
    }

    @Test
    void acceptsABusinessDateUpToToday() {
        assertThat(AsOf.of(LocalDate.parse("2024-05-31"), null, NOON_ON_1_JUNE_2024))
                .isNotNull();
        assertThat(AsOf.of(LocalDate.parse("2024-06-01"), null, NOON_ON_1_JUNE_2024))
                .isNotNull();
        assertThatThrownBy(() -> AsOf.of(LocalDate.parse("2024-06-02"), null, NOON_ON_1_JUNE_2024))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("asOf");
                    assertThat(e.rule()).isEqualTo("not-after-today");
                });
    }

    @Test
    void acceptsARecordingInstantUpToNow() {
        assertThat(AsOf.of(null, Instant.parse("2024-06-01T12:00:00Z"), NOON_ON_1_JUNE_2024))
                .isNotNull();
        assertThatThrownBy(() -> AsOf.of(null, Instant.parse("2024-06-01T12:00:01Z"), NOON_ON_1_JUNE_2024))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("not-in-future"));
    }

    @Test
    void judgesTodaysRulesOnTheBusinessDateOrElseOnTheRecordingDay() {
        assertThat(AsOf.of(LocalDate.parse("2020-01-01"), Instant.parse("2024-01-01T23:00:00Z"), NOON_ON_1_JUNE_2024)
                        .day())
                .isEqualTo(LocalDate.parse("2020-01-01"));
        assertThat(AsOf.of(null, Instant.parse("2024-01-01T23:00:00Z"), NOON_ON_1_JUNE_2024)
                        .day())
                .isEqualTo(LocalDate.parse("2024-01-01"));
    }

    @Test
    void takesTodayAndTheRecordingDayInTheBusinessZone() {
        // 2024-06-01T20:00Z is already 2 June in Tokyo.
        Clock tokyoEvening = Clock.fixed(Instant.parse("2024-06-01T20:00:00Z"), ZoneId.of("Asia/Tokyo"));

        assertThat(AsOf.of(LocalDate.parse("2024-06-02"), null, tokyoEvening)).isNotNull();
        assertThatThrownBy(() -> AsOf.of(LocalDate.parse("2024-06-03"), null, tokyoEvening))
                .isInstanceOf(InvalidValueException.class);
        assertThat(AsOf.of(null, Instant.parse("2024-01-01T23:00:00Z"), tokyoEvening)
                        .day())
                .isEqualTo(LocalDate.parse("2024-01-02"));
    }

    @Test
    void includesEventsDatedOnOrBeforeTheBusinessDate() {
        AsOf asOf = AsOf.of(LocalDate.parse("2021-04-28"), null, NOON_ON_1_JUNE_2024);

        assertThat(asOf.includes(LocalDate.parse("2021-04-27"))).isTrue();
        assertThat(asOf.includes(LocalDate.parse("2021-04-28"))).isTrue();
        assertThat(asOf.includes(LocalDate.parse("2021-04-29"))).isFalse();
    }
}
