package org.cooperation.queryservice.reading.current;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.reading.partner.PartnerScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class CurrentStateController {

    private final AgreementQuery query;
    private final ProjectionProgress progress;
    private final Clock clock;

    public CurrentStateController(AgreementQuery query, ProjectionProgress progress, Clock clock) {
        this.query = query;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(summary = "The state of one agreement: now, as of a business date, or as recorded at an instant")
    @GetMapping("/{agreementId}")
    public CompletableFuture<ResponseEntity<AgreementView>> agreement(
            @PathVariable String agreementId,
            @Parameter(description = "Business date: the state on that day, as far as the record knows now "
                    + "(or at recordedAsOf). Events are counted from the day they happened, whenever entered.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Instant: the state as the record said at that moment, e.g. 2024-06-01T00:00:00Z")
            @RequestParam(required = false) Instant recordedAsOf,
            @Parameter(description = "Read your writes: wait until the projection has applied at least this "
                    + "version (from a command's answer); 503 'stale' with Retry-After when it has not in time")
            @RequestParam(required = false) Long minVersion) {
        Optional<PartyCode> reader = PartnerScope.ofCaller();
        AsOf pointInTime = AsOf.of(asOf, recordedAsOf, clock);
        return progress.whenApplied(agreementId, minVersion).thenApply(applied -> {
            if (pointInTime != null) {
                return ResponseEntity.ok(query.asOf(agreementId, pointInTime, reader));
            }
            AgreementView view = query.current(agreementId, reader);
            return ResponseEntity.ok().eTag(String.valueOf(view.agreement().version())).body(view);
        });
    }
}
