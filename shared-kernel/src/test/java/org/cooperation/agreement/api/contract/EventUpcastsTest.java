package org.cooperation.agreement.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventUpcastsTest {

    private static final PublishedType MEETING_V1 = new PublishedType(AnnualMeetingRecorded.class, 1);

    static Set<PublishedType> olderVersions() {
        return EventUpcasts.olderVersions();
    }

    @ParameterizedTest
    @MethodSource("olderVersions")
    void keepsOnlyVersionsOlderThanTheCurrentOne(PublishedType older) {
        assertThat(older.isCurrent()).isFalse();
        assertThat(EventUpcasts.olderVersion(older.typeName())).contains(older);
    }

    @ParameterizedTest
    @MethodSource("olderVersions")
    void reachesTheCurrentVersionStepByStep(PublishedType older) {
        assertThatCode(() -> EventUpcasts.toCurrent(older, EventJson.mapper().createObjectNode()))
                .doesNotThrowAnyException();
    }

    @Test
    void turnsEachNameOfAVersion1MeetingIntoAnAttendee() throws IOException {
        JsonNode upcast =
                EventUpcasts.toCurrent(MEETING_V1, json("{\"attendees\":[\"BMWi\",\"METI\"],\"city\":\"Tokyo\"}"));

        assertThat(upcast)
                .isEqualTo(json("{\"attendees\":[{\"name\":\"BMWi\"},{\"name\":\"METI\"}],\"city\":\"Tokyo\"}"));
    }

    @Test
    void leavesTheStoredJsonAsItWas() throws IOException {
        JsonNode stored = json("{\"attendees\":[\"BMWi\"]}");

        EventUpcasts.toCurrent(MEETING_V1, stored);

        assertThat(stored).isEqualTo(json("{\"attendees\":[\"BMWi\"]}"));
    }

    @Test
    void findsNoOlderVersionForCurrentOrUnknownNames() {
        assertThat(EventUpcasts.olderVersion(EventTypes.typeName(AnnualMeetingRecorded.class)))
                .isEmpty();
        assertThat(EventUpcasts.olderVersion("org.cooperation.agreement.AnnualMeetingRecorded.v0"))
                .isEmpty();
        assertThat(EventUpcasts.olderVersion("org.cooperation.agreement.AgreementRenamed.v1"))
                .isEmpty();
    }

    @Test
    void refusesJsonThatIsNoObject() throws IOException {
        assertThatThrownBy(() -> EventUpcasts.toCurrent(MEETING_V1, json("[\"BMWi\"]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AnnualMeetingRecorded.v1");
    }

    private static JsonNode json(String text) throws IOException {
        return EventJson.mapper().readTree(text);
    }
}
