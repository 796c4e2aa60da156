package dev.errata.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.Dataset;
import dev.errata.discovery.LabelErrors;

/** Label-error suspects as a terminal table, or as the JSON document of docs/label-errors.md. */
public final class LabelErrorsReport {

    public static final String FORMAT = "errata-label-errors/1";

    private LabelErrorsReport() {}

    public static String text(LabelErrors found, Dataset data) {
        StringBuilder out = new StringBuilder();
        out.append(NumberText.count(found.suspects().size()))
                .append(" label-error suspects among ")
                .append(NumberText.count(found.rowsConsidered()))
                .append(" rows with a label and probabilities, ")
                .append("least self-confident first\n");
        if (!found.suspects().isEmpty()) {
            ReportTable table = new ReportTable("id", "given label", "suggested label", "self-confidence");
            for (LabelErrors.Suspect s : found.suspects()) {
                table.row(
                        data.rowId(s.row()),
                        found.classes().get(s.given()),
                        found.classes().get(s.suggested()),
                        NumberText.decimal(s.selfConfidence()));
            }
            out.append(TextTable.render(table, ""));
        }
        return out.toString();
    }

    public static String json(LabelErrors found, Dataset data) {
        ObjectNode root = JsonDocument.object();
        root.put("format", FORMAT);
        root.put("data", data.name());
        root.put("rows_considered", found.rowsConsidered());
        ArrayNode classes = root.putArray("classes");
        found.classes().forEach(classes::add);
        ArrayNode joint = root.putArray("confident_joint");
        for (long[] given : found.confidentJoint()) {
            ArrayNode row = joint.addArray();
            for (long count : given) {
                row.add(count);
            }
        }
        ArrayNode suspects = root.putArray("suspects");
        for (LabelErrors.Suspect s : found.suspects()) {
            ObjectNode o = suspects.addObject();
            o.put("id", data.rowId(s.row()));
            o.put("line", data.lineOf(s.row()));
            o.put("given_label", found.classes().get(s.given()));
            o.put("suggested_label", found.classes().get(s.suggested()));
            o.put("self_confidence", s.selfConfidence());
        }
        return JsonDocument.text(root);
    }
}
