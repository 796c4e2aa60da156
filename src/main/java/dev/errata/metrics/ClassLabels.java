package dev.errata.metrics;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.ClassOrder;
import dev.errata.data.Column;
import dev.errata.data.NumericColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class list of a classification task and each row's class index. Classes are the union of the label
 * and prediction values, in numeric order when every one reads as a number, else in natural string order:
 * the label order of scikit-learn, so per-class results line up with what users compare against.
 */
final class ClassLabels {

    private ClassLabels() {}

    static List<String> classesOf(Column label, Column prediction) {
        return classesOf(label, prediction == null ? List.of() : valuesOf(prediction));
    }

    /** The label's classes and the given others, in class order. */
    static List<String> classesOf(Column label, java.util.Collection<String> others) {
        // A set, since a list's contains made 50,000 classes take a minute.
        Set<String> names = new LinkedHashSet<>(valuesOf(label));
        names.addAll(others);
        return sorted(new ArrayList<>(names));
    }

    static List<String> sorted(List<String> names) {
        return ClassOrder.sorted(names);
    }

    /** Each row's index into {@code classes}, or -1 when the cell is missing. */
    static int[] indicesOf(Column column, List<String> classes) {
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i), i);
        }
        int[] indices = new int[column.size()];
        if (column instanceof CategoricalColumn categorical) {
            int[] byCode = new int[categorical.levelCount()];
            for (int code = 0; code < byCode.length; code++) {
                byCode[code] = classIndex.get(categorical.level(code));
            }
            for (int row = 0; row < indices.length; row++) {
                int code = categorical.code(row);
                indices[row] = code == CategoricalColumn.MISSING ? -1 : byCode[code];
            }
        } else {
            double[] values = ((NumericColumn) column).values();
            DistinctNumbers distinct = DistinctNumbers.of(values);
            int[] classOfDistinct = new int[distinct.count()];
            for (int i = 0; i < classOfDistinct.length; i++) {
                classOfDistinct[i] = classIndex.get(column.text(distinct.firstRow(i)));
            }
            for (int row = 0; row < indices.length; row++) {
                indices[row] = Double.isNaN(values[row]) ? -1 : classOfDistinct[distinct.indexOf(values[row])];
            }
        }
        return indices;
    }

    /**
     * The values the column's rows hold, text's levels marked present a row at a time: a map of a million
     * rows' values cost a first run 70 ms.
     */
    private static Set<String> valuesOf(Column column) {
        Set<String> values = new LinkedHashSet<>();
        if (column instanceof CategoricalColumn categorical) {
            boolean[] present = new boolean[categorical.levelCount()];
            for (int row = 0; row < categorical.size(); row++) {
                int code = categorical.code(row);
                if (code != CategoricalColumn.MISSING) {
                    present[code] = true;
                }
            }
            for (int code = 0; code < present.length; code++) {
                if (present[code]) {
                    values.add(categorical.level(code));
                }
            }
        } else {
            DistinctNumbers distinct = DistinctNumbers.of(((NumericColumn) column).values());
            for (int i = 0; i < distinct.count(); i++) {
                values.add(column.text(distinct.firstRow(i)));
            }
        }
        return values;
    }
}
