package org.cooperation.agreement.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.event.ContactNominated;
import org.junit.jupiter.api.Test;

/** The schemas state the published language's text and dates, as the command side enforces them. */
class PublishedSchemasTest {

    private static final String TYPE = EventTypes.typeName(ContactNominated.class);

    @Test
    void acceptsTextWithTabsLineBreaksAndAnyScriptAndTheCalendarsFirstAndLastDays() {
        assertThat(PublishedSchemas.violations(TYPE, contact("Sato\tTaro\n\u65e5\u672c \ud83e\udd1d", "0001-01-01")))
                .isEmpty();
        assertThat(PublishedSchemas.violations(TYPE, contact("Sato", "9999-12-31")))
                .isEmpty();
    }

    @Test
    void refusesControlCharactersAndYearZero() {
        assertThat(PublishedSchemas.violations(TYPE, contact("Sato\u0000", "2017-03-20")))
                .isNotEmpty();
        assertThat(PublishedSchemas.violations(TYPE, contact("Sato\u001f", "2017-03-20")))
                .isNotEmpty();
        assertThat(PublishedSchemas.violations(TYPE, contact("Sato", "0000-12-31")))
                .isNotEmpty();
    }

    private static ObjectNode contact(String name, String nominatedOn) {
        ObjectNode json = EventJson.mapper()
                .valueToTree(new ContactNominated(
                        AgreementId.of("x"),
                        PartyCode.of("JP-METI"),
                        "placeholder",
                        "Director",
                        null,
                        LocalDate.of(2017, 3, 20)));
        json.put("name", name);
        json.put("nominatedOn", nominatedOn);
        return json;
    }
}
