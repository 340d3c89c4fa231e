package org.cooperation.queryservice.reading.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why an entry was made, as far as its payload says: the reasons and references it carries (a
 * letter's reference, a consent's, a revoked expiry's reason, a host's deviation reason), in the
 * order they appear. An export shows this beside who and when, so a reader of the file need not
 * read the payload's JSON to find the letter behind an entry.
 */
public final class Why {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("reason", "deviationReason", "reference", "references");

    private Why() {}

    /** The entry's reasons and references joined by "; ", or empty when it names none. */
    public static String of(String payload) {
        List<String> found = new ArrayList<>();
        try {
            collect(JSON.readTree(payload), found);
        } catch (JsonProcessingException e) {
            // The history holds the JSON the projection stored; a payload that is not JSON says nothing of why.
            return "";
        }
        return String.join("; ", found);
    }

    private static void collect(JsonNode node, List<String> found) {
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

    private static void texts(JsonNode value, List<String> found) {
        if (value.isTextual() && !value.asText().isBlank()) {
            found.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(item -> texts(item, found));
        }
    }
}
