package dev.errata.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.Dataset;
import dev.errata.discovery.MoreLikeThis;

/** A "more like this" rule as lines for a terminal, or as the JSON document of docs/label-errors.md. */
public final class MoreLikeThisReport {

    public static final String FORMAT = "errata-more-like/1";
    /** The unreviewed rows the output names, likeliest first; the rest are counted. */
    public static final int NEXT_ROWS = 20;

    private MoreLikeThisReport() {}

    public static String text(String tag, MoreLikeThis found, Dataset data) {
        StringBuilder out = new StringBuilder();
        out.append("tag \"")
                .append(tag)
                .append("\": learnt from ")
                .append(NumberText.count(found.members()))
                .append(" of ")
                .append(NumberText.count(found.reviewed()))
                .append(" reviewed rows\n");
        if (!found.found()) {
            return out.append("no rule separates them\n").toString();
        }
        out.append("rule: ")
                .append(found.rule())
                .append('\n')
                .append("precision ")
                .append(NumberText.percent(found.precision()))
                .append(", recall ")
                .append(NumberText.percent(found.recall()))
                .append(" (5-fold cross-validated on the reviewed rows)\n")
                .append("holds ")
                .append(NumberText.count(found.rows().getLongCardinality()))
                .append(" rows, ")
                .append(NumberText.count(found.unreviewed().size()))
                .append(" not reviewed");
        if (!found.unreviewed().isEmpty()) {
            out.append("; review first: ")
                    .append(String.join(
                            ", ",
                            found.unreviewed().stream()
                                    .limit(NEXT_ROWS)
                                    .map(data::rowId)
                                    .toList()));
        }
        return out.append('\n').toString();
    }

    public static String json(String tag, MoreLikeThis found, Dataset data) {
        ObjectNode root = JsonDocument.object();
        root.put("format", FORMAT);
        root.put("tag", tag);
        root.put("members", found.members());
        root.put("reviewed", found.reviewed());
        if (found.found()) {
            root.put("rule", found.rule());
        } else {
            root.putNull("rule");
        }
        putRate(root, "precision", found.precision());
        putRate(root, "recall", found.recall());
        root.put("rule_rows", found.rows().getLongCardinality());
        root.put("unreviewed_rows", found.unreviewed().size());
        ArrayNode next = root.putArray("review_first");
        found.unreviewed().stream().limit(NEXT_ROWS).map(data::rowId).forEach(next::add);
        return JsonDocument.text(root);
    }

    private static void putRate(ObjectNode root, String name, double value) {
        if (Double.isNaN(value)) {
            root.putNull(name);
        } else {
            root.put(name, value);
        }
    }
}
