package org.cooperation.queryservice.reading.meeting;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class MeetingsController {

    private final CurrentStateRepository current;
    private final ProjectionProgress progress;
    private final Clock clock;

    public MeetingsController(CurrentStateRepository current, ProjectionProgress progress, Clock clock) {
        this.current = current;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(summary = "The annual meetings of an agreement, by the date they were held, with what is due next")
    @GetMapping("/{agreementId}/meetings")
    public CompletableFuture<Meetings> meetings(
            @PathVariable String agreementId, @RequestParam(required = false) Long minVersion) {
        return progress.whenApplied(agreementId, minVersion).thenApply(applied -> {
            AgreementState state =
                    current.find(agreementId).orElseThrow(() -> new AgreementNotFoundException(agreementId));
            return new Meetings(
                    agreementId,
                    state.version(),
                    state.meetingPolicy(),
                    state.meetings(),
                    MeetingsSummary.of(state, LocalDate.now(clock)));
        });
    }

    /** The meetings, oldest first, with the agreement's meeting policy and what is due next. */
    public record Meetings(
            String agreementId,
            long version,
            MeetingPolicy policy,
            List<AgreementState.Meeting> meetings,
            MeetingsSummary summary) {}
}
