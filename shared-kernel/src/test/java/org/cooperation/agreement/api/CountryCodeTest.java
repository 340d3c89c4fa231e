package org.cooperation.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void acceptsIsoCodesAndTheEuropeanUnion() {
        assertThat(new CountryCode("JP").value()).isEqualTo("JP");
        assertThat(new CountryCode("EU").value()).isEqualTo("EU");
    }

    @Test
    void rejectsCodesOutsideIso3166() {
        assertThatThrownBy(() -> new CountryCode("XX")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CountryCode("jp")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CountryCode("DEU")).isInstanceOf(InvalidValueException.class);
    }
}
