package org.cooperation.queryservice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class NegotiationTest {

    private static final List<MediaType> JSON_OR_PDF = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PDF);

    @Test
    void answersJsonToNoAcceptAndToAnything() throws Exception {
        assertThat(Negotiation.choose(null, JSON_OR_PDF)).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(Negotiation.choose("*/*", JSON_OR_PDF)).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(Negotiation.choose("application/*", JSON_OR_PDF)).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void answersTheNamedTypeBeforeAWildcard() throws Exception {
        assertThat(Negotiation.choose("application/pdf", JSON_OR_PDF)).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(Negotiation.choose("application/pdf, */*;q=0.1", JSON_OR_PDF))
                .isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(Negotiation.choose("text/html, application/pdf, */*", JSON_OR_PDF))
                .isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void followsQualities() throws Exception {
        assertThat(Negotiation.choose("application/pdf;q=0.5, application/json", JSON_OR_PDF))
                .isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(Negotiation.choose("application/json;q=0.2, application/pdf;q=0.9", JSON_OR_PDF))
                .isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void takesAZeroQualityAsARefusalEvenUnderAWildcard() throws Exception {
        assertThat(Negotiation.choose("application/json;q=0, */*", JSON_OR_PDF)).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void refusesWhatNoOfferedTypeMatches() {
        assertThatThrownBy(() -> Negotiation.choose("image/png", JSON_OR_PDF))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> Negotiation.choose("text/csv", JSON_OR_PDF))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> Negotiation.choose("not a media type", JSON_OR_PDF))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }
}
