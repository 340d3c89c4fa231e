package org.cooperation.commandservice;

import java.time.LocalDate;

/** Request bodies as secretariat tools send them. */
final class Requests {

    private Requests() {
    }

    static String jointStatement(String agreementId) {
        return jointStatement(agreementId, LocalDate.parse("2016-04-28"));
    }

    /** The Joint Statement's terms, signed and effective on another day: five years, extendable once. */
    static String jointStatement(String agreementId, LocalDate signedOn) {
        return """
                { "agreementId": "%1$s",
                  "title": "Joint Statement regarding the Internet of Things/Industrie 4.0",
                  "kind": "JOINT_STATEMENT",
                  "parties": [
                    { "code": "DE-BMWI", "name": "Federal Ministry for Economic Affairs and Energy",
                      "country": "DE", "signatory": { "name": "Matthias Machnig", "title": "State Secretary" } },
                    { "code": "JP-METI", "name": "Ministry of Economy, Trade and Industry",
                      "country": "JP", "signatory": { "name": "Takayuki Ueda", "title": "Vice Minister" } } ],
                  "signedOn": "%2$s", "place": "Tokyo", "effectiveFrom": "%2$s",
                  "term": { "initialYears": 5, "maxExtensions": 1, "extensionYears": 5 },
                  "terminationNoticeDays": 90,
                  "meetings": { "cadence": "ANNUAL", "level": "Director-General", "alternateHosts": true },
                  "fieldsOfCooperation": ["Industrial cyber security", "International standardization"],
                  "financialArrangement": "Each side bears its own costs unless otherwise approved in writing." }
                """.formatted(agreementId, signedOn);
    }
}
