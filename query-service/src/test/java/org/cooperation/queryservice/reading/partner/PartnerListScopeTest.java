package org.cooperation.queryservice.reading.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.cooperation.websecurity.Problems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** What the list endpoint sees of a partner's request; AccessIT checks the lists themselves through HTTP. */
class PartnerListScopeTest {

    private final PartnerListScope scope = new PartnerListScope(new Problems(new ObjectMapper()));

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void setsThePartyFilterToThePartnersOwnParty() throws Exception {
        signedIn("PARTNER", "JP-METI");
        MockHttpServletRequest request = list();
        request.addParameter("status", "IN_FORCE");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getParameter("party")).isEqualTo("JP-METI");
        assertThat(seen.getParameterValues("party")).containsExactly("JP-METI");
        assertThat(seen.getParameterMap()).containsOnlyKeys("status", "party");
        assertThat(Collections.list(seen.getParameterNames())).containsExactlyInAnyOrder("status", "party");
        assertThat(seen.getParameter("status")).isEqualTo("IN_FORCE");
    }

    @Test
    void letsAPartnerNameItsOwnParty() throws Exception {
        signedIn("PARTNER", "JP-METI");
        MockHttpServletRequest request = list();
        request.addParameter("party", "JP-METI");

        assertThat(filter(request).getParameter("party")).isEqualTo("JP-METI");
    }

    @Test
    void refusesAPartnerNamingAnotherParty() throws Exception {
        signedIn("PARTNER", "JP-METI");
        MockHttpServletRequest request = list();
        request.addParameter("party", "JP-METI", "DE-BMWI");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        scope.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void leavesAnAuditorsFiltersAlone() throws Exception {
        signedIn("AUDITOR", null);
        MockHttpServletRequest request = list();
        request.addParameter("party", "DE-BMWI");

        assertThat(filter(request).getParameter("party")).isEqualTo("DE-BMWI");
    }

    @Test
    void leavesAnAuditorWithoutAFilterUnfiltered() throws Exception {
        signedIn("AUDITOR", null);

        assertThat(filter(list()).getParameter("party")).isNull();
    }

    private HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        scope.doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    private static MockHttpServletRequest list() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/agreements");
        request.setServletPath("/api/agreements");
        return request;
    }

    private static void signedIn(String role, String party) {
        Jwt.Builder jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("someone")
                .claim("roles", List.of(role));
        if (party != null) {
            jwt.claim("party", party);
        }
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new JwtAuthenticationToken(jwt.build(), List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
