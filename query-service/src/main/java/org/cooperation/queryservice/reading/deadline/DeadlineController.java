package org.cooperation.queryservice.reading.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;
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

/**
 * The portfolio's deadlines in a window of days, across agreements, in date order: as JSON pages,
 * or as one iCalendar document ({@code Accept: text/calendar}). A partner's are those of its own
 * party's agreements (its {@code party} is set by {@code PartnerListScope}).
 */
@RestController
@RequestMapping(DeadlineController.PATH)
public class DeadlineController {

    public static final String PATH = "/api/deadlines";
    static final int MAX_PAGE_SIZE = 1000;
    private static final List<MediaType> REPRESENTATIONS =
            List.of(MediaType.APPLICATION_JSON, DeadlineCalendar.TEXT_CALENDAR);

    private final PortfolioDeadlines deadlines;
    private final PortfolioCalendar calendar;
    private final Clock clock;

    public DeadlineController(PortfolioDeadlines deadlines, PortfolioCalendar calendar, Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Operation(
            summary = "Every deadline falling in a window of days, across agreements, in date order",
            description = "The last day to give notice, the last day consent letters for an extension can be dated, "
                    + "the term's end, the end of a pending notice and the next annual meeting due, of every agreement "
                    + "the caller may read. JSON in pages, or with Accept: text/calendar the whole window as one "
                    + "iCalendar document (RFC 5545), at most " + PortfolioCalendar.MAX_EVENTS + " events.")
    @ApiResponse(
            responseCode = "200",
            description = "The deadlines",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DeadlinePage.class)),
                @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "406", description = "Neither JSON nor text/calendar is acceptable")
    @GetMapping
    public ResponseEntity<?> deadlines(
            @Parameter(description = "the first day of the window; default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(
                            description =
                                    "the last day of the window, at most ten years after from; default a year after from")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "a party's code; repeat for agreements between several (a partner: its own)")
                    @RequestParam(required = false)
                    List<String> party,
            @Parameter(
                            description = "TERMINATION_NOTICE_LAST_DAY, EXTENSION_CONSENT_LAST_DAY, TERM_END, "
                                    + "TERMINATION_NOTICE_END or ANNUAL_MEETING_DUE; repeat for several")
                    @RequestParam(required = false)
                    List<String> kind,
            @Parameter(description = "page number, from 0 (JSON only)") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, at most " + MAX_PAGE_SIZE + " (JSON only)")
                    @RequestParam(defaultValue = "100")
                    int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        MediaType type = Negotiation.choose(accept, REPRESENTATIONS);
        LocalDate today = LocalDate.now(clock);
        var selection = new PortfolioDeadlines.Selection(
                DeadlineWindow.of(from, to, today),
                party == null ? List.of() : party.stream().map(PartyCode::of).toList(),
                kind == null
                        ? List.of()
                        : kind.stream().map(DeadlineController::kind).toList());
        Values.atLeast(page, 0, "page");
        QueryParameters.pageSize(size, MAX_PAGE_SIZE);
        if (type.equals(DeadlineCalendar.TEXT_CALENDAR)) {
            return calendar.answer(selection, "Agreement deadlines");
        }
        long total = deadlines.count(selection);
        var items = deadlines.find(selection, (long) page * size, size).stream()
                .map(row -> row.view(today))
                .toList();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new DeadlinePage(
                        selection.window().from(),
                        selection.window().to(),
                        items,
                        page,
                        size,
                        MAX_PAGE_SIZE,
                        total,
                        (int) ((total + size - 1) / size)));
    }

    private static DeadlineKind kind(String name) {
        try {
            return DeadlineKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "kind", "allowed-values", "must be one of " + Arrays.toString(DeadlineKind.values()));
        }
    }

    /** One page of the portfolio's deadlines, with the window it covers. */
    public record DeadlinePage(
            LocalDate from,
            LocalDate to,
            List<DeadlineView> items,
            int page,
            int size,
            int maxSize,
            long totalItems,
            int totalPages) {}
}
