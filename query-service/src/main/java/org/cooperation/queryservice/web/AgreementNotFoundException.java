package org.cooperation.queryservice.web;

/** No agreement with that id is known to the read models; answered with 404. */
public class AgreementNotFoundException extends RuntimeException {

    public AgreementNotFoundException(String agreementId) {
        super("No agreement with id " + agreementId);
    }
}
