package dev.errata.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which columns play which part, and the task settings that follow from them. Any field may be null when
 * the data has no such column (a regression has no scores; a file without an id column keys rows by line).
 *
 * @param classScores for each class, the column holding the model's probability of it (multiclass), in
 *     class order
 * @param positiveClass the class that counts as positive in a binary task
 */
public record ColumnRoles(
        String id,
        String label,
        String prediction,
        String score,
        Map<String, String> classScores,
        Task task,
        String positiveClass) {

    public ColumnRoles {
        classScores = classScores == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classScores));
    }

    /** The columns that play a part (id, label, prediction, scores): not features of the rows. */
    public Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>(classScores.values());
        for (String role : new String[] {id, label, prediction, score}) {
            if (role != null) {
                columns.add(role);
            }
        }
        return columns;
    }

    /** Of the given column names, the id, label, prediction and score, in that order: what a row is about. */
    public List<String> outcomeColumns(List<String> names) {
        return Stream.of(id, label, prediction, score)
                .filter(role -> role != null && names.contains(role))
                .distinct()
                .toList();
    }

    /**
     * The column names with the {@link #outcomeColumns outcome} first, then the rest in file order, so it comes
     * before the sixty-four pixel columns of an image.
     */
    public List<String> outcomeFirst(List<String> names) {
        return outcomeFirst(names, List.of());
    }

    /**
     * The outcome, then each other model's prediction and score, then the rest in file order: the rows the
     * models disagree on read across.
     */
    public List<String> outcomeFirst(List<String> names, List<Model> models) {
        Set<String> ordered = new LinkedHashSet<>(outcomeColumns(names, models));
        ordered.addAll(names);
        return List.copyOf(ordered);
    }

    /** The {@link #outcomeColumns outcome}, then each model's prediction and score among the names. */
    public List<String> outcomeColumns(List<String> names, List<Model> models) {
        Set<String> columns = new LinkedHashSet<>(outcomeColumns(names));
        for (Model model : models) {
            Stream.of(model.prediction(), model.score())
                    .filter(c -> c != null && names.contains(c))
                    .forEach(columns::add);
        }
        return List.copyOf(columns);
    }

    public ColumnRoles withId(String column) {
        return new ColumnRoles(column, label, prediction, score, classScores, task, positiveClass);
    }

    public ColumnRoles withLabel(String column) {
        return new ColumnRoles(id, column, prediction, score, classScores, task, positiveClass);
    }

    public ColumnRoles withPrediction(String column) {
        return new ColumnRoles(id, label, column, score, classScores, task, positiveClass);
    }

    public ColumnRoles withScore(String column) {
        return new ColumnRoles(id, label, prediction, column, classScores, task, positiveClass);
    }

    public ColumnRoles withClassScores(Map<String, String> columns) {
        return new ColumnRoles(id, label, prediction, score, columns, task, positiveClass);
    }

    public ColumnRoles withTask(Task value) {
        return new ColumnRoles(id, label, prediction, score, classScores, value, positiveClass);
    }

    public ColumnRoles withPositiveClass(String value) {
        return new ColumnRoles(id, label, prediction, score, classScores, task, value);
    }
}
