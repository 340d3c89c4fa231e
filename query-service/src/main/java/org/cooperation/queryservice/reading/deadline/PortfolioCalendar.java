package org.cooperation.queryservice.reading.deadline;

import java.nio.charset.StandardCharsets;
import org.cooperation.queryservice.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The answer that is a calendar: the whole selection of deadlines as one iCalendar document. */
@Component
public class PortfolioCalendar {

    /** The most events one document holds; a larger selection is refused rather than cut short. */
    public static final int MAX_EVENTS = 10_000;

    private final PortfolioDeadlines deadlines;

    public PortfolioCalendar(PortfolioDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** The selection's deadlines as a calendar called {@code name}; 422 when there are more than {@link #MAX_EVENTS}. */
    public ResponseEntity<String> answer(PortfolioDeadlines.Selection selection, String name) {
        long total = deadlines.count(selection);
        if (total > MAX_EVENTS) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "too-many-deadlines",
                    "Too many deadlines",
                    "The window holds " + total + " deadlines; a calendar holds at most " + MAX_EVENTS
                            + ": narrow it with from, to, party or kind");
        }
        String document = DeadlineCalendar.write(name, deadlines.find(selection, 0, MAX_EVENTS));
        return ResponseEntity.ok()
                .contentType(new MediaType(DeadlineCalendar.TEXT_CALENDAR, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"deadlines.ics\"")
                .body(document);
    }
}
