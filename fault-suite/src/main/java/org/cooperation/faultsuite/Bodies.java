package org.cooperation.faultsuite;

/**
 * Request bodies of the load. The signature is recent enough that no expiry falls due during a
 * run, so every event in the store comes from a command in the ledger.
 */
final class Bodies {

    private Bodies() {
    }

    static String signature(String agreementId) {
        return """
                { "agreementId": "%s",
                  "title": "Memorandum of cooperation on industrial standards",
                  "kind": "MEMORANDUM_OF_COOPERATION",
                  "parties": [
                    { "code": "DE-BMWI", "name": "Federal Ministry for Economic Affairs and Energy",
                      "country": "DE", "signatory": { "name": "Matthias Machnig", "title": "State Secretary" } },
                    { "code": "JP-METI", "name": "Ministry of Economy, Trade and Industry",
                      "country": "JP", "signatory": { "name": "Takayuki Ueda", "title": "Vice Minister" } } ],
                  "signedOn": "2025-06-01", "place": "Tokyo",
                  "term": { "initialYears": 5, "maxExtensions": 1, "extensionYears": 5 },
                  "terminationNoticeDays": 90 }
                """.formatted(agreementId);
    }

    /** A contact named after the command's key, so a second application would show as a second contact. */
    static String contact(String key) {
        return """
                { "party": "DE-BMWI", "name": "Contact %s", "role": "Desk officer" }
                """.formatted(key);
    }
}
