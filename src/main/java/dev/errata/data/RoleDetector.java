package dev.errata.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Guesses which column plays which part from the common names data scientists give them. */
public final class RoleDetector {

    private static final List<String> ID = List.of("id", "row_id", "example_id", "sample_id", "uid", "key");
    private static final List<String> LABEL = List.of(
            "label",
            "target",
            "y_true",
            "ground_truth",
            "true_label",
            "truth",
            "actual",
            "gold",
            "y",
            "true_value",
            "y_true_value",
            "target_value",
            "actual_value");
    private static final List<String> PREDICTION = List.of(
            "prediction",
            "pred",
            "y_pred",
            "pred_label",
            "predicted",
            "predicted_label",
            "predicted_class",
            "yhat",
            "y_hat",
            "pred_value",
            "predicted_value",
            "y_pred_value",
            "estimate");
    private static final List<String> SCORE =
            List.of("score", "y_score", "probability", "prob", "proba", "confidence", "pred_score", "pred_proba");
    private static final List<String> CLASS_SCORE_PREFIXES = List.of("proba_", "prob_", "p_");

    private RoleDetector() {}

    /** Roles found in the header; the task and positive class are left for {@link TaskInference}. */
    public static ColumnRoles detect(List<String> columns) {
        Map<String, String> classScores = classScores(columns);
        return new ColumnRoles(
                find(columns, ID),
                find(columns, LABEL),
                find(columns, PREDICTION),
                find(columns, SCORE),
                classScores,
                null,
                null);
    }

    /** Roles the user set win; the rest come from detection. */
    public static ColumnRoles merge(ColumnRoles detected, ColumnRoles chosen) {
        if (chosen == null) {
            return detected;
        }
        return new ColumnRoles(
                pick(chosen.id(), detected.id()),
                pick(chosen.label(), detected.label()),
                pick(chosen.prediction(), detected.prediction()),
                pick(chosen.score(), detected.score()),
                chosen.classScores().isEmpty() ? detected.classScores() : chosen.classScores(),
                pick(chosen.task(), detected.task()),
                pick(chosen.positiveClass(), detected.positiveClass()));
    }

    /** Columns named like {@code proba_cat}, {@code prob_cat} or {@code p_cat}, by class, for one prefix. */
    public static Map<String, String> classScores(List<String> columns, String prefix) {
        Map<String, String> byClass = new LinkedHashMap<>();
        for (String column : columns) {
            if (column.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
                    && column.length() > prefix.length()) {
                byClass.put(column.substring(prefix.length()), column);
            }
        }
        return byClass;
    }

    private static Map<String, String> classScores(List<String> columns) {
        for (String prefix : CLASS_SCORE_PREFIXES) {
            Map<String, String> found = classScores(columns, prefix);
            if (found.size() >= 2) {
                return found;
            }
        }
        return Map.of();
    }

    private static String find(List<String> columns, List<String> names) {
        for (String name : names) {
            for (String column : columns) {
                if (column.toLowerCase(Locale.ROOT).equals(name)) {
                    return column;
                }
            }
        }
        return null;
    }

    private static <T> T pick(T chosen, T detected) {
        return chosen != null ? chosen : detected;
    }
}
