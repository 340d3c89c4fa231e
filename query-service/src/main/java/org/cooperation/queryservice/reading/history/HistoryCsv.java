package org.cooperation.queryservice.reading.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.web.CsvFiles;
import org.springframework.stereotype.Component;

/**
 * An agreement's history as a CSV file: one row per event, who, when and why beside the payload, and
 * for an entry retracted as made in error, by which entry, when, by whom and why.
 */
@Component
public class HistoryCsv {

    static final String[] HEADER = {
        "sequence",
        "type",
        "businessDate",
        "recordedAt",
        "principal",
        "client",
        "correlationId",
        "why",
        "retracted",
        "eventId",
        "payload",
        "hash",
        "previousHash"
    };

    private final HistoryPages pages;

    public HistoryCsv(HistoryPages pages) {
        this.pages = pages;
    }

    /** The file's bytes, and how many events it holds. */
    public record File(byte[] bytes, int events) {}

    /** The history as the record held it at {@code recordedBy} (null: now), as {@code reader} may see it. */
    public File write(String agreementId, Instant recordedBy, Optional<PartyCode> reader) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] events = {0};
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CsvFiles.FORMAT.builder().setHeader(HEADER).get())) {
            pages.forEach(agreementId, recordedBy, reader, entry -> {
                row(csv, entry);
                events[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(bytes.toByteArray(), events[0]);
    }

    private static void row(CSVPrinter csv, HistoryEntry entry) {
        try {
            csv.printRecord(
                    entry.sequence(),
                    entry.type(),
                    entry.businessDate(),
                    entry.recordedAt(),
                    CsvFiles.cell(entry.principal()),
                    CsvFiles.cell(entry.client()),
                    CsvFiles.cell(entry.correlationId()),
                    CsvFiles.cell(Why.of(entry)),
                    CsvFiles.cell(
                            entry.retractedBy() == null
                                    ? null
                                    : entry.retractedBy().describe()),
                    entry.eventId(),
                    entry.payload(),
                    entry.hash(),
                    entry.previousHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
