package dev.errata.metrics;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.data.Task;
import java.util.Arrays;
import java.util.List;

/**
 * A dataset seen through its column roles: the per-row arrays every metric reads. Rows with a missing label
 * or prediction stay in the data but are left out of the metrics that need them ({@link #unevaluableRows()}).
 * A transcription binds its rows' alignments ({@link Transcripts}). The arrays are shared, not copied; nobody may modify them.
 */
public final class Outcomes {

    private final Task task;
    private final int rowCount;
    private final List<String> classes;
    private final int[] labelClass;
    private final int[] predictedClass;
    private final int positiveClass;
    /** The score column's values, which the per-row loops read. */
    private final double[] score;
    /** The column the scores are, whose ascending order it keeps; null without scores. */
    private final NumericColumn scoreColumn;

    private final double[][] classProbabilities;
    private final double[] actual;
    private final double[] predicted;
    private final Transcripts transcripts;
    private final int evaluableRows;
    /**
     * Made once: the slices of several columns are counted on several threads at once, and each sorting the
     * million scores for itself took both cores from the rest of the work.
     */
    private final MadeOnce<RankedScores> rankedScores = new MadeOnce<>(this::rank);
    /** Shared by the score metrics of the whole data and of every slice; made once, as the ranking is. */
    private final MadeOnce<ScoreTerms> scoreTerms = new MadeOnce<>(() -> ScoreTerms.of(this));

    private Outcomes(
            Task task,
            int rowCount,
            List<String> classes,
            int[] labelClass,
            int[] predictedClass,
            int positiveClass,
            NumericColumn scoreColumn,
            double[][] classProbabilities,
            double[] actual,
            double[] predicted,
            Transcripts transcripts) {
        this.task = task;
        this.rowCount = rowCount;
        this.classes = classes;
        this.labelClass = labelClass;
        this.predictedClass = predictedClass;
        this.positiveClass = positiveClass;
        this.scoreColumn = scoreColumn;
        this.score = scoreColumn == null ? null : scoreColumn.values();
        this.classProbabilities = classProbabilities;
        this.actual = actual;
        this.predicted = predicted;
        this.transcripts = transcripts;
        int evaluable = 0;
        for (int row = 0; row < rowCount; row++) {
            evaluable += isEvaluable(row) ? 1 : 0;
        }
        this.evaluableRows = evaluable;
    }

    /**
     * Binds the role columns. The importer has validated the roles; a role column that is absent or of the
     * wrong type is a programming error reported with {@link IllegalArgumentException}.
     */
    public static Outcomes of(Dataset data, ColumnRoles roles) {
        return of(data, roles, MetricsSettings.defaults().threshold());
    }

    /**
     * Binds the role columns; without a prediction column, a binary row is predicted positive when its
     * score reaches the threshold, and a multiclass row as its most probable class.
     */
    public static Outcomes of(Dataset data, ColumnRoles roles, double threshold) {
        if (roles.task() == null) {
            throw new IllegalArgumentException("the column roles name no task");
        }
        Column label = roleColumn(data, roles.label(), "label");
        int rows = data.rowCount();
        if (roles.task() == Task.REGRESSION) {
            return new Outcomes(
                    Task.REGRESSION,
                    rows,
                    List.of(),
                    null,
                    null,
                    -1,
                    null,
                    null,
                    numbers(label, "label"),
                    numbers(roleColumn(data, roles.prediction(), "prediction"), "prediction"),
                    null);
        }
        if (roles.task() == Task.TRANSCRIPTION) {
            Transcripts transcripts = Transcripts.of(
                    texts(label, "label"), texts(roleColumn(data, roles.prediction(), "prediction"), "prediction"));
            return new Outcomes(
                    Task.TRANSCRIPTION, rows, List.of(), null, null, -1, null, null, null, null, transcripts);
        }
        Column prediction = roles.prediction() == null ? null : roleColumn(data, roles.prediction(), "prediction");
        List<String> classes = prediction != null
                ? ClassLabels.classesOf(label, prediction)
                : ClassLabels.classesOf(label, scoredClasses(roles));
        int[] labelClass = ClassLabels.indicesOf(label, classes);
        double[][] probabilities = classProbabilities(data, roles, classes);
        int positive = roles.task() == Task.BINARY ? positiveClass(roles, classes) : -1;
        NumericColumn scoreColumn = roles.task() != Task.BINARY ? null : scoreColumn(data, roles, classes, positive);
        double[] score = scoreColumn == null ? null : scoreColumn.values();
        int[] predictedClass = prediction != null
                ? ClassLabels.indicesOf(prediction, classes)
                : score != null
                        ? DerivedPrediction.atThreshold(score, threshold, positive, classes.size())
                        : DerivedPrediction.mostProbable(probabilities, rows);
        if (roles.task() == Task.MULTICLASS) {
            return new Outcomes(
                    Task.MULTICLASS,
                    rows,
                    classes,
                    labelClass,
                    predictedClass,
                    -1,
                    null,
                    probabilities,
                    null,
                    null,
                    null);
        }
        return new Outcomes(
                Task.BINARY, rows, classes, labelClass, predictedClass, positive, scoreColumn, null, null, null, null);
    }

    /** A binary task's score: the score column, else the positive class's probability column; null without one. */
    private static NumericColumn scoreColumn(Dataset data, ColumnRoles roles, List<String> classes, int positive) {
        String column =
                roles.score() != null ? roles.score() : roles.classScores().get(classes.get(positive));
        return column == null ? null : numeric(roleColumn(data, column, "score"), "score");
    }

    /** Classes the model can predict when it gives scores but no prediction column. */
    private static List<String> scoredClasses(ColumnRoles roles) {
        if (roles.positiveClass() != null) {
            return List.of(roles.positiveClass());
        }
        if (roles.classScores().isEmpty() && roles.score() == null) {
            throw new IllegalArgumentException("the column roles name no prediction and no score column");
        }
        return List.copyOf(roles.classScores().keySet());
    }

    private static Column roleColumn(Dataset data, String name, String role) {
        if (name == null) {
            throw new IllegalArgumentException("the column roles name no " + role + " column");
        }
        return data.find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "the " + role + " column \"" + name + "\" is not in " + data.name()));
    }

    private static double[] numbers(Column column, String role) {
        return numeric(column, role).values();
    }

    private static NumericColumn numeric(Column column, String role) {
        if (column instanceof NumericColumn numeric) {
            return numeric;
        }
        throw new IllegalArgumentException("the " + role + " column \"" + column.name() + "\" holds text, not numbers");
    }

    private static CategoricalColumn texts(Column column, String role) {
        if (column instanceof CategoricalColumn text) {
            return text;
        }
        throw new IllegalArgumentException("the " + role + " column \"" + column.name() + "\" holds numbers, not text");
    }

    /** Per class (in class order) its probability column, or null when the roles give no class scores. */
    private static double[][] classProbabilities(Dataset data, ColumnRoles roles, List<String> classes) {
        if (roles.classScores().isEmpty()) {
            return null;
        }
        double[][] columns = new double[classes.size()][];
        for (int i = 0; i < columns.length; i++) {
            String column = roles.classScores().get(classes.get(i));
            columns[i] = column == null
                    ? null
                    : numbers(roleColumn(data, column, "score of class " + classes.get(i)), "score");
        }
        return columns;
    }

    private static int positiveClass(ColumnRoles roles, List<String> classes) {
        if (roles.positiveClass() == null) {
            return classes.size() - 1;
        }
        int index = classes.indexOf(roles.positiveClass());
        if (index < 0) {
            throw new IllegalArgumentException("the positive class \"" + roles.positiveClass()
                    + "\" is neither a label nor a prediction; the classes are " + classes);
        }
        return index;
    }

    public Task task() {
        return task;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The classes in order (empty for regression). */
    public List<String> classes() {
        return classes;
    }

    /** True when the row has both a label and a prediction. */
    public boolean isEvaluable(int row) {
        return switch (task) {
            case REGRESSION -> !Double.isNaN(actual[row]) && !Double.isNaN(predicted[row]);
            case TRANSCRIPTION -> transcripts.isPresent(row);
            case BINARY, MULTICLASS -> labelClass[row] >= 0 && predictedClass[row] >= 0;
        };
    }

    public int evaluableRows() {
        return evaluableRows;
    }

    /** Rows left out of the metrics because their label or prediction is missing. */
    public int unevaluableRows() {
        return rowCount - evaluableRows;
    }

    /** The label's class index, -1 when missing (classification only). */
    public int labelClass(int row) {
        return labelClass[row];
    }

    /** The predicted class index, -1 when missing (classification only). */
    public int predictedClass(int row) {
        return predictedClass[row];
    }

    /** The index of the positive class of a binary task, -1 otherwise. */
    public int positiveClass() {
        return positiveClass;
    }

    public boolean hasScores() {
        return score != null;
    }

    /**
     * The rows with a label and a score, in ascending order of score: sorted once and shared by the ranking
     * metrics of the whole data and of every slice, and the curves. Shared: nobody may modify it.
     */
    public int[] scoreOrder() {
        return rankedScores().order();
    }

    RankedScores rankedScores() {
        return rankedScores.get();
    }

    /** The column's own order, which a table's copy may have kept, less the rows without a label or a score. */
    private RankedScores rank() {
        return RankedScores.of(this, scoreColumn.ascendingOrder());
    }

    /** Whether the row counts in the ranking metrics: it has a label and a score. */
    boolean isRanked(int row) {
        return labelClass[row] >= 0 && !Double.isNaN(score[row]);
    }

    ScoreTerms scoreTerms() {
        return scoreTerms.get();
    }

    /** The positive-class score of a binary task, NaN when missing. */
    public double score(int row) {
        return score[row];
    }

    public boolean hasClassProbabilities() {
        return classProbabilities != null;
    }

    /** Whether every class has a probability column, as a whole probability matrix needs. */
    public boolean everyClassHasProbabilities() {
        return classProbabilities != null && Arrays.stream(classProbabilities).allMatch(java.util.Objects::nonNull);
    }

    /** The probability a multiclass model gave a class, NaN when missing or when that class has no column. */
    public double classProbability(int row, int classIndex) {
        double[] column = classProbabilities[classIndex];
        return column == null ? Double.NaN : column[row];
    }

    /** Regression label, NaN when missing. */
    public double actual(int row) {
        return actual[row];
    }

    /** Regression prediction, NaN when missing. */
    public double predicted(int row) {
        return predicted[row];
    }

    /** The rows' transcripts and their edits (transcription only). */
    public Transcripts transcripts() {
        return transcripts;
    }

    /** Label − prediction (regression), NaN unless both are present. */
    public double residual(int row) {
        return actual[row] - predicted[row];
    }

    /** Whether a binary row's label is the positive class; false when the label is missing. */
    public boolean isActualPositive(int row) {
        return labelClass[row] == positiveClass && positiveClass >= 0;
    }
}
