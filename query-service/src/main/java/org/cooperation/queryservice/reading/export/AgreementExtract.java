package org.cooperation.queryservice.reading.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.state.AgreementState;
import org.cooperation.queryservice.projection.state.Member;
import org.cooperation.queryservice.reading.deadline.DeadlineView;
import org.cooperation.queryservice.reading.history.ChainCheck;
import org.cooperation.queryservice.reading.history.HistoryPages;
import org.cooperation.queryservice.reading.history.Why;
import org.springframework.stereotype.Component;

/**
 * An agreement's record as a PDF to file: title, parties, status and term, deadlines, then the full
 * history with who recorded each entry, when, and why, the entries retracted as made in error
 * marked, each entry's payload and hash as recorded,
 * and whether the history verifies against its hash chain, with the hash of its last entry.
 */
@Component
public record AgreementExtract(HistoryPages history, HistoryRepository wholeHistory, Clock clock) {

    /**
     * The extract of {@code state} (now, or at a point in time that {@code pointInTime} names), with
     * the history as the record held it at {@code recordedBy} (null: now), as {@code reader} may see it.
     */
    public byte[] write(
            AgreementState state,
            List<DeadlineView> deadlines,
            String pointInTime,
            Instant recordedBy,
            Optional<PartyCode> reader) {
        List<HistoryEntry> entries = new ArrayList<>();
        history.forEach(state.agreementId().value(), recordedBy, reader, entries::add);
        try (PdfPages pdf = new PdfPages(
                state.title(),
                "Extract of the record of agreement " + state.agreementId().value())) {
            pdf.title(state.title());
            pdf.paragraph(
                    PdfPages.REGULAR, 10, "Agreement " + state.agreementId().value() + " (" + state.kind() + ")");
            pdf.paragraph(
                    PdfPages.REGULAR,
                    10,
                    "Extract of the record " + pointInTime + ", produced " + clock.instant() + ". Version "
                            + state.version() + ".");
            status(pdf, state);
            parties(pdf, state);
            deadlines(pdf, deadlines);
            history(pdf, entries);
            verification(pdf, state.agreementId().value(), recordedBy);
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void status(PdfPages pdf, AgreementState state) throws IOException {
        pdf.heading("Status and term");
        line(pdf, "Status", state.status().name());
        line(pdf, "Signed", state.signedOn() + (state.place() == null ? "" : " at " + state.place()));
        var term = state.term();
        line(pdf, "Effective from", String.valueOf(term.effectiveFrom()));
        line(
                pdf,
                "Term ends (last day in force)",
                term.termEndsOn() == null
                        ? "no term: open-ended"
                        : term.termEndsOn().toString());
        line(pdf, "Extensions", term.extensionsUsed() + " used, " + term.extensionsLeft() + " left");
        line(pdf, "Notice period", state.terminationNoticeDays() + " days");
        if (state.pendingNotice() != null) {
            var notice = state.pendingNotice();
            line(
                    pdf,
                    "Pending notice",
                    notice.party().value() + " gave notice on " + notice.noticeDate()
                            + ", ending the agreement after " + notice.endsOn()
                            + (notice.reference() == null ? "" : " (" + notice.reference() + ")"));
        }
        if (state.endedOn() != null) {
            line(pdf, "Ended on", state.endedOn().toString());
        }
        if (state.financialArrangement() != null) {
            line(pdf, "Costs", state.financialArrangement());
        }
    }

    private static void parties(PdfPages pdf, AgreementState state) throws IOException {
        pdf.heading("Parties");
        for (Member party : state.parties()) {
            pdf.paragraph(
                    PdfPages.REGULAR,
                    10,
                    party.code().value() + " - " + party.name() + " ("
                            + (party.country() == null ? "" : party.country().value() + ", ")
                            + party.kind()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ')
                            + ")"
                            + "; a party from " + party.memberFrom()
                            + (party.memberUntil() == null ? "" : " to " + party.memberUntil())
                            + (party.pendingWithdrawal() == null
                                    ? ""
                                    : "; withdrawing after "
                                            + party.pendingWithdrawal().endsOn())
                            + (party.signatory() == null
                                    ? ""
                                    : "; signed by " + party.signatory().name() + ", "
                                            + party.signatory().title()));
        }
    }

    private static void deadlines(PdfPages pdf, List<DeadlineView> deadlines) throws IOException {
        pdf.heading("Deadlines");
        if (deadlines.isEmpty()) {
            pdf.paragraph(PdfPages.REGULAR, 10, "None: nothing falls due under the agreement.");
        }
        for (DeadlineView deadline : deadlines) {
            pdf.paragraph(
                    PdfPages.REGULAR,
                    10,
                    deadline.dueOn() + "  " + deadline.title() + (deadline.passed() ? " (passed)" : "") + ": "
                            + deadline.detail());
        }
    }

    private static void history(PdfPages pdf, List<HistoryEntry> entries) throws IOException {
        pdf.heading("History (" + entries.size() + " entries, oldest first)");
        for (HistoryEntry entry : entries) {
            pdf.gap(4);
            pdf.paragraph(
                    PdfPages.BOLD,
                    9,
                    "#" + entry.sequence() + "  " + entry.type()
                            + (entry.businessDate() == null ? "" : "  dated " + entry.businessDate()));
            pdf.paragraph(
                    PdfPages.REGULAR,
                    9,
                    "Recorded " + entry.recordedAt() + " by "
                            + (entry.principal() == null ? "(unknown)" : entry.principal())
                            + (entry.client() == null ? "" : " with " + entry.client())
                            + (entry.correlationId() == null ? "" : ", correlation " + entry.correlationId()));
            String why = Why.of(entry);
            if (!why.isEmpty()) {
                pdf.paragraph(PdfPages.REGULAR, 9, "Why: " + why);
            }
            if (entry.retractedBy() != null) {
                pdf.paragraph(
                        PdfPages.BOLD,
                        9,
                        "Entered in error: " + entry.retractedBy().describe());
            }
            pdf.paragraph(PdfPages.MONO, 7, entry.payload());
            if (entry.hash() != null) {
                pdf.paragraph(PdfPages.MONO, 7, "hash " + entry.hash());
            }
        }
    }

    /**
     * Whether the history verifies against its hash chain, and the hash of its last entry: what an
     * auditor compares with {@code GET /api/agreements/{id}/verification} and the signed checkpoints.
     * Over the whole history as recorded then, also where a partner's extract leaves entries out.
     */
    private void verification(PdfPages pdf, String agreementId, Instant recordedBy) throws IOException {
        List<HistoryEntry> all = wholeHistory.recordedBy(agreementId, recordedBy);
        Verdict verdict = ChainCheck.of(agreementId, all);
        String head = all.isEmpty() ? null : all.get(all.size() - 1).hash();
        pdf.heading("Verification");
        pdf.paragraph(
                PdfPages.REGULAR,
                10,
                verdict.valid()
                        ? "The hash chain of the " + all.size() + " entries verifies."
                        : "The hash chain does not verify"
                                + (verdict.firstInvalidSequence() == null
                                        ? ""
                                        : " from entry #" + verdict.firstInvalidSequence())
                                + ": " + verdict.reason());
        pdf.paragraph(
                PdfPages.REGULAR,
                10,
                head == null
                        ? "The last entry was recorded before the chain began and carries no hash."
                        : "Verification hash (of entry #"
                                + all.get(all.size() - 1).sequence() + "):");
        if (head != null) {
            pdf.paragraph(PdfPages.MONO, 9, head);
        }
    }

    private static void line(PdfPages pdf, String label, String value) throws IOException {
        pdf.paragraph(PdfPages.REGULAR, 10, label + ": " + value);
    }
}
