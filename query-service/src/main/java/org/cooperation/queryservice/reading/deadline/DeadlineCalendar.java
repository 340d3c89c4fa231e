package org.cooperation.queryservice.reading.deadline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;
import org.springframework.http.MediaType;

/**
 * Deadlines as an iCalendar document (RFC 5545) that calendar clients import or subscribe to: one
 * all-day event per deadline. Its UID names the agreement and the kind of deadline, never the
 * day, so when a deadline moves (an extension moves the term's end) the client replaces the event
 * rather than adding a second one; SEQUENCE is the agreement's version, which only grows. The
 * document depends only on the record, not on the moment it is asked for, so two reads of an
 * unchanged record are the same bytes.
 */
public final class DeadlineCalendar {

    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar");
    /** How often a subscribed client should fetch the calendar again (RFC 7986, and Outlook's older property). */
    static final Duration REFRESH = Duration.ofHours(6);

    private static final String PRODUCT = "-//Cooperation agreements//Deadlines//EN";
    private static final String UID_DOMAIN = "@deadlines.cooperation-agreements";

    private DeadlineCalendar() {}

    /** The event's UID: stable for an agreement's deadline of one kind, whatever its day. */
    public static String uid(String agreementId, String kind) {
        return agreementId + "/" + kind.toLowerCase(Locale.ROOT) + UID_DOMAIN;
    }

    /** The document, with CRLF line ends and lines folded as RFC 5545 asks. */
    public static String write(String name, List<PortfolioDeadlines.Row> rows) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (PortfolioDeadlines.Row row : rows) {
            calendar.add(event(row));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(PortfolioDeadlines.Row row) {
        var deadline = row.deadline();
        // All-day: DTSTART and DTEND are dates, the end the day after (RFC 5545 3.6.1).
        VEvent event = new VEvent(
                deadline.dueOn(), deadline.dueOn().plusDays(1), deadline.kind().title() + ": " + row.agreementTitle());
        // Several parties may be withdrawing at once: each withdrawal is an event of its own.
        event.add(new Uid(uid(
                row.agreementId(),
                deadline.kind() == DeadlineKind.PARTY_WITHDRAWAL_END
                        ? deadline.kind().name() + "/" + deadline.party().value()
                        : deadline.kind().name())));
        // The constructor stamps the event with the moment it is built; the record's moment keeps the bytes stable.
        event.replace(new DtStamp(row.updatedAt()));
        event.add(new LastModified(row.updatedAt()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, row.version())));
        event.add(
                new Description(deadline.detail() + ".\nAgreement " + row.agreementId() + ": " + row.agreementTitle()));
        event.add(new Categories(deadline.kind().name()));
        // A deadline is a reminder, not a meeting: it does not make anyone busy.
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }
}
