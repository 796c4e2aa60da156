package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Rows are true classes, columns predicted classes, both in class order. In the normalised forms a cell is
 * divided by its row's (true class) or column's (predicted class) total; a cell of an empty row or column
 * is NaN, written as {@code null} in JSON. Past {@link #MAX_CLASSES} classes the matrix shows the classes
 * with the most errors (as truth or as prediction) and pools the rest in a last row and column named
 * "other (N classes)", so it stays a size a person can read and a report can hold.
 *
 * @param classes the name of each row and column, the last "other (N classes)" when classes are pooled
 * @param classIndices the class (its index in class order) of each row and column; -1 for the pooled rest
 * @param pooledClasses how many classes the last row and column pool; 0 when every class has its own
 */
public record ConfusionMatrix(
        List<String> classes,
        List<List<Long>> counts,
        List<List<Double>> rowNormalised,
        List<List<Double>> columnNormalised,
        List<Integer> classIndices,
        int pooledClasses) {

    /** The most rows and columns a matrix has; the pooled rest takes the last. */
    public static final int MAX_CLASSES = 50;

    public ConfusionMatrix {
        classes = List.copyOf(classes);
        counts = List.copyOf(counts);
        rowNormalised = List.copyOf(rowNormalised);
        columnNormalised = List.copyOf(columnNormalised);
        classIndices = List.copyOf(classIndices);
    }

    /** @param support, predicted, correct each class's rows as truth, as prediction, and both */
    static ConfusionMatrix of(
            List<String> names, ConfusionCounts counts, long[] support, long[] predicted, long[] correct) {
        int k = counts.classCount();
        List<Integer> shown = shownClasses(k, support, predicted, correct);
        int pooled = k - shown.size();
        int size = shown.size() + (pooled > 0 ? 1 : 0);
        int[] position = new int[k];
        java.util.Arrays.fill(position, size - 1);
        for (int i = 0; i < shown.size(); i++) {
            position[shown.get(i)] = i;
        }
        long[][] cells = new long[size][size];
        counts.forEachCell((t, p, n) -> cells[position[t]][position[p]] += n);
        long[] rowTotals = new long[size];
        long[] columnTotals = new long[size];
        for (int t = 0; t < size; t++) {
            for (int p = 0; p < size; p++) {
                rowTotals[t] += cells[t][p];
                columnTotals[p] += cells[t][p];
            }
        }
        List<String> labels = new ArrayList<>(shown.stream().map(names::get).toList());
        List<Integer> indices = new ArrayList<>(shown);
        if (pooled > 0) {
            labels.add("other (" + String.format(java.util.Locale.ROOT, "%,d", pooled) + " classes)");
            indices.add(-1);
        }
        return new ConfusionMatrix(
                labels,
                cells(size, (t, p) -> cells[t][p]),
                cells(size, (t, p) -> ratio(cells[t][p], rowTotals[t])),
                cells(size, (t, p) -> ratio(cells[t][p], columnTotals[p])),
                indices,
                pooled);
    }

    /** Every class when they fit; else the {@code MAX_CLASSES - 1} with the most errors, in class order. */
    private static List<Integer> shownClasses(int k, long[] support, long[] predicted, long[] correct) {
        List<Integer> all = IntStream.range(0, k).boxed().toList();
        if (k <= MAX_CLASSES) {
            return all;
        }
        return all.stream()
                .sorted(Comparator.comparingLong((Integer c) -> support[c] + predicted[c] - 2 * correct[c])
                        .reversed()
                        .thenComparing(Comparator.comparingLong((Integer c) -> support[c])
                                .reversed()))
                .limit(MAX_CLASSES - 1)
                .sorted()
                .toList();
    }

    /** The row and column of a class (by its index in class order): its own, or the pooled rest's. */
    public int position(int classIndex) {
        int own = classIndices.indexOf(classIndex);
        return own >= 0 ? own : classes.size() - 1;
    }

    public long count(int trueClass, int predictedClass) {
        return counts.get(trueClass).get(predictedClass);
    }

    /** The class indices in class order (scikit-learn's label order, the pooled rest last): the matrix's own. */
    public List<Integer> classesInOrder() {
        return IntStream.range(0, classes.size()).boxed().toList();
    }

    /** The class indices by support (the true class's row total), largest first; equal supports in class order. */
    public List<Integer> classesBySupport() {
        List<Long> support = counts.stream()
                .map(row -> row.stream().mapToLong(Long::longValue).sum())
                .toList();
        return IntStream.range(0, classes.size())
                .boxed()
                .sorted(Comparator.comparing((Integer c) -> support.get(c)).reversed())
                .toList();
    }

    private static <T> List<List<T>> cells(int k, BiFunction<Integer, Integer, T> cell) {
        List<List<T>> rows = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            List<T> row = new ArrayList<>(k);
            for (int p = 0; p < k; p++) {
                row.add(cell.apply(t, p));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
