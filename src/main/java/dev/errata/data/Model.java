package dev.errata.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One model's predictions among the columns of the data: its name, its prediction column, and its binary
 * score column or the prefix of its class probability columns. Several models of one project share the
 * label, the id and every feature, so tags, reviews and notes, which belong to rows, hold for each.
 *
 * @param score the positive class's probability column, or null
 * @param probabilityPrefix the prefix of the class probability columns ({@code proba_} for
 *     {@code proba_cat}), or null
 */
public record Model(String name, String prediction, String score, String probabilityPrefix) {

    public Model {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        if (prediction == null || prediction.isBlank()) {
            throw new IllegalArgumentException("model \"" + name + "\" needs a prediction column");
        }
        if (score != null && probabilityPrefix != null) {
            throw new IllegalArgumentException(
                    "model \"" + name + "\" has either a score column or class probability columns, not both");
        }
    }

    /**
     * A model as {@code NAME=PREDICTION[:SCORE]} or, for class probabilities, {@code NAME=PREDICTION:PREFIX*}.
     *
     * @throws IllegalArgumentException saying the form when {@code spec} is not of it
     */
    public static Model parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new IllegalArgumentException("a model is NAME=PREDICTION_COLUMN[:SCORE_COLUMN] or "
                    + "NAME=PREDICTION_COLUMN:PREFIX*, not \"" + Excerpt.cell(spec) + "\"");
        }
        String name = spec.substring(0, equals).strip();
        String columns = spec.substring(equals + 1);
        int colon = columns.lastIndexOf(':');
        if (colon < 0) {
            return new Model(name, columns.strip(), null, null);
        }
        String prediction = columns.substring(0, colon).strip();
        String scores = columns.substring(colon + 1).strip();
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("model \"" + name + "\": nothing after the ':' of \""
                    + Excerpt.cell(spec) + "\"; give a score column or PREFIX*");
        }
        return scores.endsWith("*")
                ? new Model(name, prediction, null, scores.substring(0, scores.length() - 1))
                : new Model(name, prediction, scores, null);
    }

    /** The columns of these models: their predictions, their scores and their class probabilities. */
    public static ColumnChoice columnsOf(List<Model> models) {
        Set<String> names = new LinkedHashSet<>();
        List<String> globs = new ArrayList<>();
        for (Model model : models) {
            names.add(model.prediction());
            if (model.score() != null) {
                names.add(model.score());
            }
            if (model.probabilityPrefix() != null) {
                globs.add(model.probabilityPrefix() + "*");
            }
        }
        return ColumnChoice.of(names, globs);
    }

    /** Whether {@code column} holds this model's predictions or scores. */
    public boolean owns(String column) {
        return column.equals(prediction)
                || column.equals(score)
                || (probabilityPrefix != null && column.startsWith(probabilityPrefix));
    }

    /** The model as {@link #parse} reads it. */
    public String spec() {
        String scores = score != null ? ":" + score : probabilityPrefix != null ? ":" + probabilityPrefix + "*" : "";
        return name + "=" + prediction + scores;
    }

    /** The model of the roles as they are, named {@code name}. */
    public static Model of(String name, ColumnRoles roles) {
        String prefix = null;
        if (!roles.classScores().isEmpty()) {
            Map.Entry<String, String> first =
                    roles.classScores().entrySet().iterator().next();
            prefix = first.getValue()
                    .substring(0, first.getValue().length() - first.getKey().length());
        }
        return new Model(name, roles.prediction(), roles.score(), prefix);
    }

    /**
     * The roles with this model's prediction and scores in place of the ones given.
     *
     * @param columns the data's column names, to find the class probability columns
     * @throws NoSuchColumnException when a column of the model is not in the data
     */
    public ColumnRoles roles(ColumnRoles base, String dataName, List<String> columns) {
        require(prediction, dataName, columns);
        if (score != null) {
            require(score, dataName, columns);
        }
        Map<String, String> classScores = Map.of();
        if (probabilityPrefix != null) {
            classScores = RoleDetector.classScores(columns, probabilityPrefix);
            if (classScores.isEmpty()) {
                throw new IllegalArgumentException("model \"" + name + "\": no column of " + dataName
                        + " starts with \"" + Excerpt.cell(probabilityPrefix) + "\"");
            }
        }
        return base.withPrediction(prediction).withScore(score).withClassScores(classScores);
    }

    private static void require(String column, String dataName, List<String> columns) {
        if (!columns.contains(column)) {
            throw new NoSuchColumnException(dataName, column, columns);
        }
    }
}
