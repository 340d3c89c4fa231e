package org.cooperation.queryservice.reading.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.reading.current.AsOf;
import org.cooperation.queryservice.web.CsvFiles;
import org.cooperation.queryservice.web.Negotiation;
import org.cooperation.queryservice.web.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/agreements")
public class AgreementListController {

    public static final int MAX_PAGE_SIZE = 100;
    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON, CsvFiles.TEXT_CSV);

    private final AgreementListRepository agreements;
    private final Clock clock;
    /**
     * How far a list is counted and pages are numbered: counting 100,000 matches, or skipping them
     * to reach a page by number, costs as much as reading them all (90-330 ms at 100,000; 10,000
     * still cost 240-280 ms at p95), while a page by cursor costs its own rows at any depth
     * (docs/benchmark-portfolio.md). As GitHub's search gives its first 1,000 results, beyond them
     * a list says "more than" and is walked by cursor.
     */
    private final int countLimit;

    public AgreementListController(
            AgreementListRepository agreements,
            Clock clock,
            @Value("${agreements.listing.count-limit:1000}") int countLimit) {
        this.agreements = agreements;
        this.clock = clock;
        this.countLimit = countLimit;
    }

    @Operation(summary = "Agreements, filtered, sorted and in pages of at most " + MAX_PAGE_SIZE)
    @ApiResponse(
            responseCode = "200",
            description = "A page of agreements, with nextCursor and next for the page after it (none on the last). "
                    + "totalItems and totalPages are exact, and given on pages asked by number (page) only: a walk "
                    + "by cursor reads them on its first page, and each page after it costs only its own rows. "
                    + "Counting every match costs as much as reading them all, so a list is counted up to "
                    + "countLimit (1,000 unless configured): beyond it, totalItemsMoreThan says so in place of "
                    + "totalItems and totalPages, and the list is walked by cursor. With Accept: "
                    + "text/csv every agreement the filters select, in the sort's order, as a CSV file (page, "
                    + "cursor and size do not apply)",
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
            @Parameter(
                            description = "page number, from 0: random access, which reads (and skips) every row "
                                    + "before the page, so pages are numbered within the first countLimit matches "
                                    + "only (rule page-window); to walk the list, follow next (or give nextCursor "
                                    + "as cursor), which reaches any depth")
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(
                            description = "the previous page's nextCursor: the page after it, found by the sort's "
                                    + "index whatever its depth; not with page, and only for the same sort")
                    @RequestParam(required = false)
                    String cursor,
            @Parameter(description = "page size, at most " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request)
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
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor, sorting);
        if (after != null && page != 0) {
            throw new InvalidValueException("page", "cursor", "is not given with cursor, which says where the page is");
        }
        long offset = (long) page * size;
        if (offset >= countLimit && page > 0) {
            throw new InvalidValueException(
                    "page",
                    "page-window",
                    "starts beyond the first " + countLimit + " matches, as far as pages are numbered: follow next "
                            + "(cursor), which finds a page at any depth without reading the rows before it");
        }
        AgreementListRepository.Page rows = agreements.page(filter, sorting, after, offset, size);
        // Counted on pages asked by number only: a walk by cursor learns it once, on its first page, and counting
        // costs as much as reading every match, hence no further than the limit. A last page tells its count
        // without counting.
        Long total = null;
        Integer moreThan = null;
        if (after != null) {
            // a walk by cursor: counted on its first page
        } else if (rows.next() == null && (!rows.items().isEmpty() || page == 0)) {
            total = offset + rows.items().size();
        } else {
            long counted = agreements.count(filter, countLimit + 1L);
            if (counted > countLimit) {
                moreThan = countLimit;
            } else {
                total = counted;
            }
        }
        String nextCursor = rows.next() == null ? null : rows.next().encode();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new AgreementPage(
                        rows.items(),
                        after == null ? page : null,
                        size,
                        MAX_PAGE_SIZE,
                        total,
                        total == null ? null : (int) ((total + size - 1) / size),
                        moreThan,
                        countLimit,
                        sorting.toString(),
                        nextCursor,
                        nextCursor == null ? null : next(request, nextCursor)));
    }

    /** This request's path and query with the cursor of the next page in place of page and cursor. */
    private static String next(HttpServletRequest request, String cursor) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .replaceQueryParam("cursor", cursor)
                .build()
                .toUriString();
    }

    /**
     * One page of a list, with where it stands in the whole.
     *
     * @param page       the page number asked for; absent on a page reached by cursor
     * @param totalItems every agreement the filters select, counted exactly; absent on a page reached by cursor
     *     and where more than {@code countLimit} match
     * @param totalItemsMoreThan {@code countLimit}, where more agreements than that match (instead of totalItems)
     * @param countLimit how far a list is counted and its pages numbered
     * @param nextCursor where the next page starts, for {@code cursor}; absent on the last page
     * @param next       this request with {@code nextCursor} as its cursor; absent on the last page
     */
    public record AgreementPage(
            List<AgreementSummary> items,
            Integer page,
            int size,
            int maxSize,
            Long totalItems,
            Integer totalPages,
            Integer totalItemsMoreThan,
            int countLimit,
            String sort,
            String nextCursor,
            String next) {}
}
