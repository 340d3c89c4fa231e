package org.cooperation.localinfra;

import java.time.LocalDate;

/**
 * The one agreement every test, suite and benchmark signs through the HTTP API: the terms of the
 * 2016 Japan–Germany Joint Statement on the Internet of Things/Industrie 4.0 (see DOMAIN.md),
 * five years extendable once by five, 90 days' notice, annual meetings with alternating hosts.
 */
public final class SampleAgreements {

    /** The day the Joint Statement was signed in Tokyo. */
    public static final LocalDate SIGNED_ON = LocalDate.parse("2016-04-28");

    private SampleAgreements() {}

    /** The Joint Statement's sign request under another id, signed and effective on the given day. */
    public static String jointStatement(String agreementId, LocalDate signedOn) {
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
