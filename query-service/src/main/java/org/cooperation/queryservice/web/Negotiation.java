package org.cooperation.queryservice.web;

import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Content negotiation for a resource that has several representations (JSON, and a file to keep:
 * PDF, CSV, iCalendar). Done in the handler rather than by Spring's {@code produces}, so that the
 * JSON representation stays the answer to {@code *}{@code /*} and to no {@code Accept} at all, which
 * every existing client sends, whatever other representations the resource gains.
 */
public final class Negotiation {

    private Negotiation() {}

    /**
     * The offered type the {@code Accept} header prefers (RFC 9110: by quality, then by
     * specificity); on a tie, the one offered first. No header: the first offered.
     *
     * @throws HttpMediaTypeNotAcceptableException (406) when the header accepts none of them
     */
    public static MediaType choose(String accept, List<MediaType> offered) throws HttpMediaTypeNotAcceptableException {
        if (!StringUtils.hasText(accept)) {
            return offered.get(0);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(offered);
        }
        MediaType best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (MediaType candidate : offered) {
            // The most specific range that names a type decides its quality: "application/pdf;q=0, */*" refuses PDF.
            MediaType range = accepted.stream()
                    .filter(r -> r.includes(candidate))
                    .max((x, y) -> Integer.compare(specificity(x), specificity(y)))
                    .orElse(null);
            if (range == null || range.getQualityValue() == 0) {
                continue;
            }
            double quality = range.getQualityValue();
            if (quality > bestQuality || (quality == bestQuality && specificity(range) > bestSpecificity)) {
                best = candidate;
                bestQuality = quality;
                bestSpecificity = specificity(range);
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(offered);
        }
        return best;
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }
}
