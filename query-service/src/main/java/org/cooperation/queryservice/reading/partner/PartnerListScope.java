package org.cooperation.queryservice.reading.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.websecurity.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A partner's lists (of agreements, of the portfolio's deadlines) are its own party's: the list's
 * {@code party} filter is set to the party in the token, whatever the list endpoint does with the
 * rest of the query. Asking for another party's agreements is refused with 403 rather than
 * quietly answered with one's own.
 */
public class PartnerListScope extends OncePerRequestFilter {

    public static final String LIST_PATH = "/api/agreements";
    /** The lists this filter confines: each takes a repeatable {@code party} that means "between these parties". */
    public static final List<String> LIST_PATHS = List.of(LIST_PATH, "/api/deadlines");

    static final String PARTY_PARAMETER = "party";

    private final Problems problems;

    public PartnerListScope(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !LIST_PATHS.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PartyCode> party =
                PartnerScope.of(SecurityContextHolder.getContext().getAuthentication());
        if (party.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String own = party.get().value();
        String[] asked = request.getParameterValues(PARTY_PARAMETER);
        if (asked != null && Arrays.stream(asked).anyMatch(value -> !own.equals(value))) {
            ProblemDetail problem = Problems.problem(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Forbidden",
                    "A partner lists only the agreements of its own party: leave out party, or give " + own);
            problem.setProperty("field", PARTY_PARAMETER);
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(new OwnPartyOnly(request, own), response);
    }

    /** The request with its {@code party} parameter set to the partner's own party. */
    static final class OwnPartyOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        OwnPartyOnly(HttpServletRequest request, String party) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put(PARTY_PARAMETER, new String[] {party});
            parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
