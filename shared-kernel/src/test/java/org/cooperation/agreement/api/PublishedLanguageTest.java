package org.cooperation.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.command.SignAgreement;
import org.junit.jupiter.api.Test;

class PublishedLanguageTest {

    @Test
    void admitsTabsLineBreaksAndEveryCharacterFromTheSpaceOn() {
        assertThat(PublishedLanguage.isAdmissible("a\tb\nc\rd e \u00e9 \u65e5 \ud83e\udd1d \ufffd \ud7ff \ue000"))
                .isTrue();
    }

    @Test
    void refusesTheNullCharacterAndTheOtherControlsOfC0() {
        assertThat(PublishedLanguage.isAdmissible("a\u0000b")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\u0008")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\u000b")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\u001f")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\u0020")).isTrue();
    }

    @Test
    void refusesUnpairedSurrogatesAndTheTwoLastCodePointsOfThePlane() {
        assertThat(PublishedLanguage.isAdmissible("\ud800")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("x\udc00")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\ufffe")).isFalse();
        assertThat(PublishedLanguage.isAdmissible("\uffff")).isFalse();
    }

    @Test
    void namesTheFieldTheRuleAndTheCharacter() {
        assertThatThrownBy(() -> PublishedLanguage.text("ab\u0000", "title"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.rule()).isEqualTo("text-characters");
                    assertThat(e.getMessage()).contains("U+0000").contains("character 3");
                });
    }

    @Test
    void admitsDatesFromTheFirstDayOfYearOneToTheLastDayOfYear9999() {
        assertThat(PublishedLanguage.isAdmissible(LocalDate.of(0, 12, 31))).isFalse();
        assertThat(PublishedLanguage.isAdmissible(LocalDate.of(1, 1, 1))).isTrue();
        assertThat(PublishedLanguage.isAdmissible(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(PublishedLanguage.isAdmissible(LocalDate.of(10000, 1, 1))).isFalse();
    }

    @Test
    void findsTheFirstProblemAnywhereInACommandByItsPath() {
        Party japan = new Party(
                PartyCode.of("JP-METI"), "METI\u0000", CountryCode.of("JP"), new Signatory("Ueda", "Vice Minister"));
        Party germany = new Party(
                PartyCode.of("DE-BMWI"), "BMWi", CountryCode.of("DE"), new Signatory("Machnig", "State Secretary"));
        var command = new SignAgreement(
                AgreementId.of("x"),
                "Title",
                AgreementKind.JOINT_STATEMENT,
                List.of(germany, japan),
                LocalDate.of(2016, 4, 28),
                "Tokyo",
                null,
                new Term(5, 1, 5),
                90,
                null,
                List.of("R&D"),
                null);

        assertThat(PublishedLanguage.problemIn(command))
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("parties[1].name"));
        assertThat(PublishedLanguage.problemIn(new Consent(PartyCode.of("JP-METI"), LocalDate.of(10000, 1, 1), "ref")))
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("letterDate"));
        assertThat(PublishedLanguage.problemIn(germany)).isEmpty();
    }

    @Test
    void repairsATextByReplacingEachCharacterItDoesNotAdmit() {
        assertThat(PublishedLanguage.repaired("a\u0000b\ud800c\ud83e\udd1d")).isEqualTo("a\ufffdb\ufffdc\ud83e\udd1d");
        assertThat(PublishedLanguage.repaired("plain")).isEqualTo("plain");
    }
}
