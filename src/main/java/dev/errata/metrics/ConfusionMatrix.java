package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Rows are true classes, columns predicted classes, both in class order. In the normalised forms a cell is
 * divided by its row's (true class) or column's (predicted class) total; a cell of an empty row or column
 * is NaN, written as {@code null} in JSON.
 */
public record ConfusionMatrix(
        List<String> classes, List<List<Long>> counts, List<List<Double>> rowNormalised, List<List<Double>> columnNormalised) {

    public ConfusionMatrix {
        classes = List.copyOf(classes);
        counts = List.copyOf(counts);
        rowNormalised = List.copyOf(rowNormalised);
        columnNormalised = List.copyOf(columnNormalised);
    }

    public static ConfusionMatrix of(List<String> classes, ConfusionCounts counts) {
        int k = counts.classCount();
        long[] rowTotals = new long[k];
        long[] columnTotals = new long[k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                rowTotals[t] += counts.count(t, p);
                columnTotals[p] += counts.count(t, p);
            }
        }
        return new ConfusionMatrix(classes,
                cells(k, counts::count),
                cells(k, (t, p) -> ratio(counts.count(t, p), rowTotals[t])),
                cells(k, (t, p) -> ratio(counts.count(t, p), columnTotals[p])));
    }

    public long count(int trueClass, int predictedClass) {
        return counts.get(trueClass).get(predictedClass);
    }

    /** The class indices by support (the true class's row total), largest first; equal supports in class order. */
    public List<Integer> classesBySupport() {
        List<Long> support = counts.stream().map(row -> row.stream().mapToLong(Long::longValue).sum()).toList();
        return IntStream.range(0, classes.size()).boxed()
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
