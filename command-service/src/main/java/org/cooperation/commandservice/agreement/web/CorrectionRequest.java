package org.cooperation.commandservice.agreement.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cooperation.agreement.api.Limits;

/**
 * The body of {@code POST /api/agreements/{id}/corrections}: retract the fact recorded at
 * {@code sequence} (as the history numbers it), saying why, and optionally enter the corrected fact in
 * its place, shaped like the body of the command that records a fact of that kind.
 */
public record CorrectionRequest(
        @Schema(description = "The sequence of the fact entered in error, as the history shows it") @NotNull @Min(0)
        Long sequence,

        @Schema(description = "Why the fact is retracted; stored in FactRetracted and with the events' who and when")
        @NotBlank
        @Size(max = Limits.REASON)
        String reason,

        @Schema(
                description = "The corrected fact, shaped like the body of the command that records a fact of the "
                        + "retracted kind (e.g. the consents of an extension), without a reason of its own; optional",
                implementation = Object.class)
        JsonNode replacement) {}
