package org.cooperation.queryservice.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a page of history as the JSON of {@link HistoryController.HistoryPage}, field by field
 * with the web layer's own generator settings, rather than through a serializer that looks up each
 * record's properties and their serializers for every entry: a page is up to a thousand entries,
 * and an auditor's tool reads them all. Each payload goes out as stored, raw. Absent values are
 * left out, as everywhere in the API.
 */
@Component
public class HistoryPageJson {

    /** Enough for a typical page in one piece; the buffer grows for longer ones. */
    private static final int INITIAL_SIZE = 64 * 1024;

    private final ObjectMapper mapper;

    public HistoryPageJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The page's JSON, UTF-8; {@code nextAfter} null on the last page. */
    public byte[] write(String agreementId, List<HistoryEntry> events, Long nextAfter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_SIZE);
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("agreementId", agreementId);
            json.writeArrayFieldStart("events");
            for (HistoryEntry event : events) {
                write(json, event);
            }
            json.writeEndArray();
            if (nextAfter != null) {
                json.writeNumberField("nextAfter", nextAfter);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a page of history", e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, HistoryEntry event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sequence", event.sequence());
        optional(json, "eventId", event.eventId());
        optional(json, "type", event.type());
        optional(json, "businessDate", event.businessDate() == null ? null : event.businessDate().toString());
        optional(json, "recordedAt", event.recordedAt() == null ? null : event.recordedAt().toString());
        optional(json, "principal", event.principal());
        optional(json, "client", event.client());
        optional(json, "correlationId", event.correlationId());
        if (event.payload() != null) {
            json.writeFieldName("payload");
            json.writeRawValue(event.payload());
        }
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
