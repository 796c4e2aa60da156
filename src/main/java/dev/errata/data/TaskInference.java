package dev.errata.data;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/** Decides the task, how each column is stored, and which class is positive, from what the data holds. */
final class TaskInference {

    /** More distinct whole numbers than this in the label sample make it a regression target. */
    private static final int MAX_CLASSES_IN_SAMPLE = 20;

    private static final List<List<String>> NEGATIVE_POSITIVE = List.of(
            List.of("0", "1"),
            List.of("false", "true"),
            List.of("no", "yes"),
            List.of("n", "y"),
            List.of("negative", "positive"),
            List.of("neg", "pos"),
            List.of("-1", "1"));

    private TaskInference() {}

    /** Whether the label is a class or a number, from the chosen task or else from the sampled labels. */
    static boolean isRegression(ColumnRoles roles, SampleFacts sample) {
        return isRegression(roles, roles.label() == null ? null : sample.column(roles.label()));
    }

    /** The same from what the head of the file says of the label column. */
    static boolean isRegression(ColumnRoles roles, SampledColumn label) {
        if (roles.task() != null) {
            return roles.task() == Task.REGRESSION;
        }
        if (roles.classScores().size() >= 2 || roles.label() == null) {
            return false;
        }
        return label.present() > 0
                && label.allNumeric()
                && (!label.allIntegers() || label.distinct() > MAX_CLASSES_IN_SAMPLE);
    }

    /** How to store each column of a file, given the roles the columns play. */
    static CellKind[] kinds(SampleFacts sample, ColumnRoles roles, boolean regression) {
        List<String> names = sample.names();
        CellKind[] kinds = new CellKind[names.size()];
        for (int i = 0; i < kinds.length; i++) {
            String name = names.get(i);
            SampledColumn sniffed = sample.columns().get(i);
            boolean target = name.equals(roles.label()) || name.equals(roles.prediction());
            if (target) {
                kinds[i] = regression ? CellKind.REQUIRED_NUMBER : CellKind.TEXT;
            } else if (name.equals(roles.score()) || roles.classScores().containsValue(name)) {
                kinds[i] = CellKind.PROBABILITY;
            } else if (name.equals(roles.id())) {
                kinds[i] = sniffed.present() > 0 && sniffed.allIntegers() ? CellKind.NUMBER : CellKind.TEXT;
            } else {
                kinds[i] = sniffed.present() > 0 && sniffed.allNumeric() ? CellKind.NUMBER : CellKind.TEXT;
            }
        }
        return kinds;
    }

    /**
     * Whether a column holds free text such as a transcript: more than half of its distinct values have
     * white space inside, and the values are many (more than a classifier's classes) or all different.
     *
     * @param present counts the column's filled cells: asked only where the distinct values look like text, as
     *     counting them is a pass over every row
     */
    static boolean isFreeText(java.util.Collection<String> distinct, IntSupplier present) {
        long spaced =
                distinct.stream().filter(v -> v.strip().matches("(?s).*\\s.*")).count();
        if (spaced * 2 <= distinct.size()) {
            return false;
        }
        int cells = present.getAsInt();
        return cells > 0 && (distinct.size() > MAX_CLASSES_IN_SAMPLE || distinct.size() == cells);
    }

    /** Binary or multiclass from the classes present, unless the user chose. */
    static Task classificationTask(ColumnRoles roles, Set<String> classes) {
        if (roles.task() != null) {
            return roles.task();
        }
        return classes.size() <= 2 && roles.classScores().size() <= 2 ? Task.BINARY : Task.MULTICLASS;
    }

    /**
     * The positive class of a binary task: the user's choice; else the obvious one of a pair like 0/1,
     * false/true or no/yes; else the class the model predicts for higher scores; else the last in order.
     */
    static String positiveClass(ColumnRoles roles, Set<String> classes, Dataset data) {
        if (roles.positiveClass() != null) {
            return roles.positiveClass();
        }
        Set<String> lower = new HashSet<>();
        classes.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
        for (List<String> pair : NEGATIVE_POSITIVE) {
            if (lower.equals(Set.copyOf(pair))) {
                return classes.stream()
                        .filter(c -> c.equalsIgnoreCase(pair.get(1)))
                        .findFirst()
                        .orElseThrow();
            }
        }
        if (roles.score() != null && roles.prediction() != null) {
            String byScore = classWithHigherScores(data.categorical(roles.prediction()), data.numeric(roles.score()));
            if (byScore != null) {
                return byScore;
            }
        }
        List<String> ordered = ClassOrder.sorted(classes);
        return ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
    }

    private static String classWithHigherScores(CategoricalColumn prediction, NumericColumn score) {
        int levels = prediction.levelCount();
        double[] sum = new double[levels];
        int[] count = new int[levels];
        for (int row = 0; row < prediction.size(); row++) {
            int c = prediction.code(row);
            double s = score.value(row);
            if (c >= 0 && !Double.isNaN(s)) {
                sum[c] += s;
                count[c]++;
            }
        }
        int best = -1;
        for (int c = 0; c < levels; c++) {
            if (count[c] > 0 && (best < 0 || sum[c] / count[c] > sum[best] / count[best])) {
                best = c;
            }
        }
        return levels == 2 && count[0] > 0 && count[1] > 0 ? prediction.level(best) : null;
    }
}
