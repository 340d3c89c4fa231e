package org.cooperation.agreement.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.cooperation.agreement.api.PublishedLanguage;

/**
 * A record's JSON as a reader can store it: every text in it with each character that the
 * published language does not admit replaced by U+FFFD (see {@link PublishedLanguage#repaired}).
 * The command side admits no such character any more, but events stored before it refused them
 * are still on the topic and in every replay; a reader that stores them as they are would fail on
 * them for ever (PostgreSQL's text and jsonb cannot hold U+0000).
 */
public final class AdmissibleJson {

    private AdmissibleJson() {}

    /** The same bytes when nothing needs repair, which is what every record since the refusal is. */
    public static byte[] of(byte[] json) {
        if (!mayNeedRepair(json)) {
            return json;
        }
        try {
            JsonNode tree = EventJson.mapper().readTree(json);
            return repair(tree) ? EventJson.mapper().writeValueAsBytes(tree) : json;
        } catch (IOException unreadable) {
            // Left as it is: reading it fails later, with the reason, as for any unreadable record.
            return json;
        }
    }

    /**
     * Whether the JSON holds an escape sequence or a raw control character: only then can a text
     * hold a character that is not admitted (a raw one in valid UTF-8 is U+FFFE, U+FFFF or a
     * control, a lone surrogate can only be written as an escape).
     */
    private static boolean mayNeedRepair(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if ((b >= 0 && b < 0x20) || b == '\\' || b == (byte) 0xEF) {
                return true;
            }
        }
        return false;
    }

    /** Repairs every text under the node in place; whether any needed it. */
    private static boolean repair(JsonNode node) {
        boolean repaired = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                TextNode admissible = repairedText(field.getValue());
                if (admissible != null) {
                    field.setValue(admissible);
                    repaired = true;
                } else {
                    repaired |= repair(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                TextNode admissible = repairedText(array.get(i));
                if (admissible != null) {
                    array.set(i, admissible);
                    repaired = true;
                } else {
                    repaired |= repair(array.get(i));
                }
            }
        }
        return repaired;
    }

    /** A text's admissible replacement; null when the node is no text or its text is admissible as it is. */
    private static TextNode repairedText(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String admissible = PublishedLanguage.repaired(node.asText());
        return admissible.equals(node.asText()) ? null : TextNode.valueOf(admissible);
    }
}
