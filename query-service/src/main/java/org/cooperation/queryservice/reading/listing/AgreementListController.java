package org.cooperation.queryservice.reading.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.reading.current.AsOf;
import org.cooperation.queryservice.web.CsvFiles;
import org.cooperation.queryservice.web.Negotiation;
import org.cooperation.queryservice.web.QueryParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class AgreementListController {

    public static final int MAX_PAGE_SIZE = 100;
    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON, CsvFiles.TEXT_CSV);

    private final AgreementListRepository agreements;
    private final Clock clock;

    public AgreementListController(AgreementListRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Operation(summary = "Agreements, filtered, sorted and in pages of at most " + MAX_PAGE_SIZE)
    @ApiResponse(
            responseCode = "200",
            description = "A page of agreements; with Accept: text/csv every agreement the "
                    + "filters select, in the sort's order, as a CSV file (page and size do not apply)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = AgreementPage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable")
    @GetMapping
    public ResponseEntity<?> list(
            @Parameter(
                            description = "SIGNED (not yet in force today), IN_FORCE, TERMINATION_PENDING, TERMINATED, "
                                    + "EXPIRED or VOIDED (entered in error as a whole); repeat for several")
                    @RequestParam(required = false)
                    List<String> status,
            @Parameter(description = "a party's code, e.g. JP-METI; repeat for agreements between several")
                    @RequestParam(required = false)
                    List<String> party,
            @Parameter(description = "a field of cooperation, by its exact name; repeat for agreements with all")
                    @RequestParam(required = false)
                    List<String> field,
            @Parameter(description = "the last day in force is before this date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endsBefore,
            @Parameter(description = "an annual meeting is (true) or is not (false) overdue today (or on asOf's day)")
                    @RequestParam(required = false)
                    Boolean meetingOverdue,
            @Parameter(
                            description =
                                    "Business date: the agreements as they stood on that day, as far as the record "
                                            + "knows now (or at recordedAsOf); statuses and overdue meetings are judged on that day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(
                            description =
                                    "Instant: the agreements as the record said at that moment, e.g. 2024-06-01T00:00:00Z")
                    @RequestParam(required = false)
                    Instant recordedAsOf,
            @Parameter(
                            description = "agreementId, title, status, signedOn, termEndsOn, lastDayInForce or "
                                    + "nextMeetingDue, optionally with ,asc or ,desc")
                    @RequestParam(defaultValue = "agreementId")
                    String sort,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, at most " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        MediaType type = Negotiation.choose(accept, REPRESENTATIONS);
        AgreementFilter filter = AgreementFilter.of(
                status,
                party,
                field,
                endsBefore,
                meetingOverdue,
                LocalDate.now(clock),
                AsOf.of(asOf, recordedAsOf, clock));
        Sorting sorting = Sorting.parse(sort);
        Values.atLeast(page, 0, "page");
        QueryParameters.pageSize(size, MAX_PAGE_SIZE);
        if (type.equals(CsvFiles.TEXT_CSV)) {
            return ResponseEntity.ok()
                    .headers(CsvFiles.download("agreements.csv"))
                    .body(AgreementListCsv.write(agreements, filter, sorting));
        }
        long total = agreements.count(filter);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new AgreementPage(
                        agreements.page(filter, sorting, page, size),
                        page,
                        size,
                        MAX_PAGE_SIZE,
                        total,
                        (int) ((total + size - 1) / size),
                        sorting.toString()));
    }

    /** One page of a list, with where it stands in the whole. */
    public record AgreementPage(
            List<AgreementSummary> items,
            int page,
            int size,
            int maxSize,
            long totalItems,
            int totalPages,
            String sort) {}
}
