package org.cooperation.queryservice.reading.current;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.reading.export.AgreementExtract;
import org.cooperation.queryservice.reading.partner.PartnerScope;
import org.cooperation.queryservice.web.Negotiation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class CurrentStateController {

    private static final List<MediaType> REPRESENTATIONS =
            List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PDF);

    private final AgreementQuery query;
    private final AgreementExtract extract;
    private final ProjectionProgress progress;
    private final Clock clock;

    public CurrentStateController(
            AgreementQuery query, AgreementExtract extract, ProjectionProgress progress, Clock clock) {
        this.query = query;
        this.extract = extract;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(
            summary = "The state of one agreement: now, as of a business date, or as recorded at an instant",
            description = "With Accept: application/pdf, the same as an extract to file: title, parties, status and "
                    + "term, deadlines and the full history (as recorded at recordedAsOf, when given) with who, when "
                    + "and why.")
    @ApiResponse(
            responseCode = "200",
            description = "The agreement",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = AgreementView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable")
    @GetMapping("/{agreementId}")
    public CompletableFuture<ResponseEntity<?>> agreement(
            @PathVariable String agreementId,
            @Parameter(
                            description =
                                    "Business date: the state on that day, as far as the record knows now "
                                            + "(or at recordedAsOf). Events are counted from the day they happened, whenever entered.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(description = "Instant: the state as the record said at that moment, e.g. 2024-06-01T00:00:00Z")
                    @RequestParam(required = false)
                    Instant recordedAsOf,
            @Parameter(
                            description =
                                    "Read your writes: wait until the projection has applied at least this "
                                            + "version (from a command's answer); 503 'stale' with Retry-After when it has not in time")
                    @RequestParam(required = false)
                    Long minVersion,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        Optional<PartyCode> reader = PartnerScope.ofCaller();
        MediaType type = Negotiation.choose(accept, REPRESENTATIONS);
        AsOf pointInTime = AsOf.of(asOf, recordedAsOf, clock);
        return progress.whenApplied(agreementId, minVersion).thenApply(applied -> {
            AgreementView view = pointInTime == null
                    ? query.current(agreementId, reader)
                    : query.asOf(agreementId, pointInTime, reader);
            if (type.equals(MediaType.APPLICATION_PDF)) {
                byte[] pdf = extract.write(
                        view.agreement(),
                        view.deadlines(),
                        pointInTime == null ? "as it stands" : pointInTime.describe(),
                        pointInTime == null ? null : pointInTime.recordedAt(),
                        reader);
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(agreementId + ".pdf")
                                        .build()
                                        .toString())
                        .body(pdf);
            }
            return pointInTime == null
                    ? ResponseEntity.ok()
                            .eTag(String.valueOf(view.agreement().version()))
                            .body(view)
                    : ResponseEntity.ok(view);
        });
    }
}
