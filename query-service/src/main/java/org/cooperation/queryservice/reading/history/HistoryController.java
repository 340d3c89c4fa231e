package org.cooperation.queryservice.reading.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.progress.ProjectionProgress;
import org.cooperation.queryservice.reading.partner.PartnerScope;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.cooperation.queryservice.web.CsvFiles;
import org.cooperation.queryservice.web.Negotiation;
import org.cooperation.queryservice.web.QueryParameters;
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
public class HistoryController {

    static final int MAX_PAGE_SIZE = 1000;
    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON, CsvFiles.TEXT_CSV);

    private final HistoryRepository history;
    private final HistoryReadAhead pages;
    private final HistoryCsv csv;
    private final ProjectionProgress progress;

    public HistoryController(
            HistoryRepository history, HistoryReadAhead pages, HistoryCsv csv, ProjectionProgress progress) {
        this.history = history;
        this.pages = pages;
        this.csv = csv;
        this.progress = progress;
    }

    /**
     * Every event of an agreement, oldest first. Long histories come in pages: pass the page's
     * {@code nextAfter} as {@code after} to get the next one.
     */
    @Operation(
            summary = "Every event of an agreement, oldest first, with who recorded it, when and why; "
                    + "pages of at most " + MAX_PAGE_SIZE)
    @ApiResponse(
            responseCode = "200",
            description = "A page of history; with Accept: text/csv the whole history as "
                    + "a CSV file (one row per event: sequence, type, businessDate, recordedAt, principal, client, correlationId, "
                    + "why, eventId, payload, hash, previousHash), where after and size do not apply",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = HistoryPage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable")
    @GetMapping("/{agreementId}/history")
    public CompletableFuture<ResponseEntity<?>> history(
            @PathVariable String agreementId,
            @RequestParam(defaultValue = "-1") long after,
            @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        Optional<PartyCode> reader = PartnerScope.ofCaller();
        MediaType type = Negotiation.choose(accept, REPRESENTATIONS);
        Values.atLeast(after, -1, "after");
        int limit = QueryParameters.pageSize(size, MAX_PAGE_SIZE);
        if (type.equals(CsvFiles.TEXT_CSV)) {
            return progress.whenApplied(agreementId, minVersion).thenApply(applied -> {
                HistoryCsv.File file = csv.write(agreementId, null, reader);
                if (file.events() == 0 && !history.exists(agreementId)) {
                    throw new AgreementNotFoundException(agreementId);
                }
                return ResponseEntity.ok()
                        .headers(CsvFiles.download(agreementId + "-history.csv"))
                        .body(file.bytes());
            });
        }
        return progress.whenApplied(agreementId, minVersion).thenApply(applied -> {
            HistoryPages.Page page = pages.find(agreementId, after, limit, reader);
            if (page.events() == 0 && !history.exists(agreementId)) {
                throw new AgreementNotFoundException(agreementId);
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page);
        });
    }

    /**
     * One page of history, as {@link HistoryPages} writes it; {@code nextAfter} is the value of
     * {@code after} for the next page, null at the end.
     */
    public record HistoryPage(String agreementId, List<HistoryEntry> events, Long nextAfter) {}
}
