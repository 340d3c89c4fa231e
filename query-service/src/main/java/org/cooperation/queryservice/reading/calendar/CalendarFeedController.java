package org.cooperation.queryservice.reading.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.reading.deadline.DeadlineWindow;
import org.cooperation.queryservice.reading.deadline.PortfolioCalendar;
import org.cooperation.queryservice.reading.deadline.PortfolioDeadlines;
import org.cooperation.queryservice.reading.partner.PartnerScope;
import org.cooperation.queryservice.web.ProblemException;
import org.cooperation.websecurity.Caller;
import org.cooperation.websecurity.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar subscriptions. A calendar client (Outlook, Thunderbird, Google Calendar) fetches a URL
 * on its own schedule and cannot send a bearer token, so a reader makes a feed with its token and
 * gets a secret URL: it answers the deadlines that token could read (a partner's party's, or all),
 * from three months back to two years ahead, until it is revoked or expires.
 */
@RestController
public class CalendarFeedController {

    public static final String FEEDS = "/api/calendar-feeds";
    /** Where a feed is read, without a token: the secret in the path is the credential. */
    public static final String FEED_PREFIX = "/calendar/";

    private static final String FEED_SUFFIX = ".ics";
    static final Period BACK = Period.ofMonths(3);
    static final Period AHEAD = Period.ofYears(2);

    private final CalendarFeeds feeds;
    private final PortfolioCalendar calendar;
    private final Clock clock;
    private final String publicBaseUrl;

    public CalendarFeedController(
            CalendarFeeds feeds,
            PortfolioCalendar calendar,
            Clock clock,
            @Value("${agreements.calendar.public-base-url:}") String publicBaseUrl) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.clock = clock;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /**
     * A new feed. {@code path} (and {@code url}, when the service knows its public address) is shown
     * only here: keep it like a password.
     */
    public record NewFeed(UUID feedId, String path, String url, String party, Instant createdAt, Instant expiresAt) {}

    @Operation(
            summary = "Make a calendar subscription: a secret URL that answers your deadlines as iCalendar",
            description = "The URL's secret is shown once; it opens the deadlines your token may read now (a partner: "
                    + "its own party's), from three months back to two years ahead, until revoked or expired. At most "
                    + CalendarFeeds.MAX_PER_OWNER + " valid feeds per user.")
    @PostMapping(FEEDS)
    public ResponseEntity<NewFeed> create() {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        String party = PartnerScope.ofCaller().map(PartyCode::value).orElse(null);
        var created = feeds.create(caller.subject(), party)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.CONFLICT,
                        "too-many-calendar-feeds",
                        "Too many calendar feeds",
                        "You hold " + CalendarFeeds.MAX_PER_OWNER + " valid calendar feeds: revoke one (DELETE " + FEEDS
                                + "/{feedId}) first"));
        var feed = created.feed();
        String path = FEED_PREFIX + created.secret() + FEED_SUFFIX;
        return ResponseEntity.created(URI.create(FEEDS + "/" + feed.feedId()))
                .cacheControl(CacheControl.noStore())
                .body(new NewFeed(
                        feed.feedId(),
                        path,
                        publicBaseUrl.isEmpty() ? null : publicBaseUrl + path,
                        feed.party(),
                        feed.createdAt(),
                        feed.expiresAt()));
    }

    @Operation(summary = "Your calendar subscriptions (the secretariat: everyone's), without their secrets")
    @GetMapping(FEEDS)
    public List<CalendarFeed> list() {
        return feeds.list(ownerUnlessSecretariat());
    }

    @Operation(summary = "Revoke a calendar subscription at once (yours; the secretariat: anyone's)")
    @DeleteMapping(FEEDS + "/{feedId}")
    public ResponseEntity<Void> revoke(@PathVariable UUID feedId) {
        if (!feeds.revoke(feedId, ownerUnlessSecretariat())) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "A calendar subscription's deadlines as iCalendar (RFC 5545); the secret in the path is "
                    + "the credential, so no token is needed")
    @SecurityRequirements
    @GetMapping(FEED_PREFIX + "{secret}" + FEED_SUFFIX)
    public ResponseEntity<String> feed(@PathVariable String secret) {
        CalendarFeed feed = feeds.opened(secret).orElseThrow(CalendarFeedController::notFound);
        LocalDate today = LocalDate.now(clock);
        var selection = new PortfolioDeadlines.Selection(
                new DeadlineWindow(today.minus(BACK), today.plus(AHEAD)),
                feed.party() == null ? List.of() : List.of(PartyCode.of(feed.party())),
                List.of());
        ResponseEntity<String> answer = calendar.answer(
                selection, "Agreement deadlines" + (feed.party() == null ? "" : " (" + feed.party() + ")"));
        // A secret URL's answer is for its holder only: no shared cache keeps a copy.
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(answer.getBody());
    }

    private static String ownerUnlessSecretariat() {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        return caller.has(Roles.SECRETARIAT) ? null : caller.subject();
    }

    private static ProblemException notFound() {
        return new ProblemException(
                HttpStatus.NOT_FOUND,
                "calendar-feed-not-found",
                "No such calendar feed",
                "No calendar feed here: it may have been revoked or have expired");
    }
}
