package org.cooperation.queryservice.reading.partner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;

/**
 * Everything under {@code /api/agreements/{id}} (the agreement, its history, its meetings, any
 * view added later) is answered to a partner only for its own agreements. Another party's
 * agreement is answered exactly as an agreement that does not exist, so a partner cannot even
 * learn which ids are taken.
 */
public class PartnerAgreementScope implements HandlerInterceptor {

    public static final String PREFIX = "/api/agreements/";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final AgreementMembership membership;

    public PartnerAgreementScope(AgreementMembership membership) {
        this.membership = membership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<PartyCode> party = PartnerScope.ofCaller();
        if (party.isEmpty()) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return true;
        }
        String agreementId = path.substring(PREFIX.length()).split("/", 2)[0];
        if (!membership.isParty(agreementId, party.get())) {
            throw new AgreementNotFoundException(agreementId);
        }
        return true;
    }
}
