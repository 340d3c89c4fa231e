package org.cooperation.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartyTest {

    private static final PartyCode COMMISSION = PartyCode.of("EU-COMMISSION");

    @Test
    void isAGovernmentBodyWhenItsKindIsNotStated() {
        assertThat(new Party(PartyCode.of("DE-BMWI"), "BMWi", null, CountryCode.of("DE"), null).kind())
                .isEqualTo(PartyKind.GOVERNMENT_BODY);
    }

    @Test
    void letsAnInternationalOrganisationHaveNoCountry() {
        Party commission =
                new Party(COMMISSION, "European Commission", PartyKind.INTERNATIONAL_ORGANISATION, null, null);

        assertThat(commission.country()).isNull();
    }

    @Test
    void acceptsTheEusReservedCode() {
        assertThat(new Party(
                                COMMISSION,
                                "European Commission",
                                PartyKind.INTERNATIONAL_ORGANISATION,
                                CountryCode.of("EU"),
                                null)
                        .country())
                .isEqualTo(CountryCode.of("EU"));
    }

    @Test
    void requiresTheCountryOfAGovernmentBodyAndOfAPublicInstitution() {
        assertThatThrownBy(() -> new Party(PartyCode.of("DE-DFKI"), "DFKI", PartyKind.PUBLIC_INSTITUTION, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("country"));
        assertThatThrownBy(() -> new Party(PartyCode.of("DE-BMWI"), "BMWi", PartyKind.GOVERNMENT_BODY, null, null))
                .isInstanceOf(InvalidValueException.class);
    }
}
