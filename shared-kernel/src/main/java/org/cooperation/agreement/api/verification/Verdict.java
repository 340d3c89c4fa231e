package org.cooperation.agreement.api.verification;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of a verification: valid, or the first event that is not (its sequence in its
 * agreement's history) and why. {@code firstInvalidSequence} is null when what broke is not one
 * event of the chain (a checkpoint, a proof).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(boolean valid, Long firstInvalidSequence, String reason) {

    public static final Verdict VALID = new Verdict(true, null, null);

    public Verdict {
        if (valid && (firstInvalidSequence != null || reason != null)) {
            throw new IllegalArgumentException("a valid verdict names no fault");
        }
        if (!valid && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an invalid verdict says why");
        }
    }

    public static Verdict invalidAt(long sequence, String reason) {
        return new Verdict(false, sequence, reason);
    }

    public static Verdict invalid(String reason) {
        return new Verdict(false, null, reason);
    }
}
