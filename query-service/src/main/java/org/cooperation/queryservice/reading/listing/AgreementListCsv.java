package org.cooperation.queryservice.reading.listing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;
import org.cooperation.queryservice.web.CsvFiles;

/** A list of agreements as a CSV file: one row per agreement, the columns of {@link AgreementSummary}. */
final class AgreementListCsv {

    static final String[] HEADER = {
        "agreementId",
        "title",
        "kind",
        "status",
        "parties",
        "signedOn",
        "termEndsOn",
        "lastDayInForce",
        "nextMeetingDue",
        "meetingOverdue",
        "version"
    };

    private AgreementListCsv() {}

    /** Every agreement the filter selects, in the sorting's order, as the file's bytes. */
    static byte[] write(AgreementListRepository agreements, AgreementFilter filter, Sorting sorting) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CsvFiles.FORMAT.builder().setHeader(HEADER).get())) {
            agreements.forEach(filter, sorting, agreement -> {
                try {
                    csv.printRecord(
                            agreement.agreementId(),
                            CsvFiles.cell(agreement.title()),
                            agreement.kind(),
                            agreement.status(),
                            String.join(" ", agreement.parties()),
                            agreement.signedOn(),
                            agreement.termEndsOn(),
                            agreement.lastDayInForce(),
                            agreement.nextMeetingDue(),
                            agreement.meetingOverdue(),
                            agreement.version());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
