package org.cooperation.queryservice.web;

import org.springframework.http.HttpStatus;

/** No agreement with that id is known to the read models (or none as of the date asked); answered with 404. */
public class AgreementNotFoundException extends ProblemException {

    public AgreementNotFoundException(String agreementId) {
        this("No agreement with id " + agreementId, agreementId);
    }

    private AgreementNotFoundException(String detail, String agreementId) {
        super(HttpStatus.NOT_FOUND, "agreement-not-found", "No such agreement", detail);
    }

    /** The agreement exists, but not at the point in time asked for. */
    public static AgreementNotFoundException asOf(String agreementId, String when) {
        return new AgreementNotFoundException("No agreement with id " + agreementId + " " + when, agreementId);
    }
}
