package org.cooperation.queryservice.reading.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cooperation.queryservice.projection.history.HistoryEntry;

/**
 * Why an entry was made: the reason the command's sender gave, then the reasons and references its
 * payload carries (a letter's reference, a consent's, a revoked expiry's reason, a host's deviation
 * reason), in the order they appear, each once. An export shows this beside who and when, so a reader of the file need not
 * read the payload's JSON to find the letter behind an entry.
 */
public final class Why {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("reason", "deviationReason", "reference", "references");

    private Why() {}

    /** The entry's reasons and references joined by "; ", or empty when it names none. */
    public static String of(HistoryEntry entry) {
        // A correction's reason is both the command's and its payload's: said once.
        Set<String> found = new LinkedHashSet<>();
        if (entry.reason() != null && !entry.reason().isBlank()) {
            found.add(entry.reason());
        }
        try {
            collect(JSON.readTree(entry.payload()), found);
        } catch (JsonProcessingException e) {
            // The history holds the JSON the projection stored; a payload that is not JSON says nothing of why.
        }
        return String.join("; ", found);
    }

    private static void collect(JsonNode node, Set<String> found) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (FIELDS.contains(field.getKey())) {
                    texts(field.getValue(), found);
                } else if (field.getValue().isContainerNode()) {
                    collect(field.getValue(), found);
                }
            }
        }
    }

    private static void texts(JsonNode value, Set<String> found) {
        if (value.isTextual() && !value.asText().isBlank()) {
            found.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(item -> texts(item, found));
        }
    }
}
