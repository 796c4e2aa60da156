package dev.errata.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.compare.VersionHistory;

/** The project's history as the JSON document docs/compare-json.md describes, format errata-history/1. */
public final class HistoryJson {

    public static final String FORMAT = "errata-history/1";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private HistoryJson() {}

    public static String write(VersionHistory history) {
        ObjectNode root = JsonDocument.object();
        root.put("format", FORMAT);
        root.set("versions", MAPPER.valueToTree(history.versions()));
        root.set("tags", MAPPER.valueToTree(history.tags()));
        root.set("slices", MAPPER.valueToTree(history.slices()));
        return JsonDocument.text(root);
    }
}
