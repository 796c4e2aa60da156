package dev.errata.spark;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.ColumnChoice;
import dev.errata.data.NumericColumn;
import dev.errata.metrics.TagMetrics;
import dev.errata.tags.ImportedTagColumn;
import dev.errata.tags.Rule;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.tags.TagRows;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.roaringbitmap.IntConsumer;
import org.roaringbitmap.RoaringBitmap;

/**
 * Rule tags and tags of flag columns, counted on the cluster by the desktop's own definitions: each partition
 * makes desktop datasets of its rows, a chunk at a time, with the column types the desktop gives the whole
 * data, finds each tag's rows with the desktop's rule language and flag reading ({@link TagRows}), and counts
 * the evaluable rows and the errors each tag holds; the driver adds the parts, and the desktop's
 * {@link TagMetrics} turns the counts into metrics. No definition is restated here.
 */
final class TagsOnSpark {

    /** Rows a partition makes into one desktop dataset: enough to amortise it, few enough to stay small. */
    private static final int CHUNK = 8192;

    /** The prefix of the data's columns as the partitions read them, after the label and the prediction. */
    private static final String COLUMN = "c";

    /**
     * A tag to count.
     *
     * @param rule its rule; null for a flag column's tag
     * @param column a flag column's name; null for a rule tag
     * @param optional whether it was matched by a glob, and so is left out where the column is not all flags
     */
    record Wanted(String name, String rule, String column, double baseline, boolean optional) implements Serializable {

        static Wanted rule(String name, String rule, double baseline) {
            return new Wanted(name, rule, null, baseline, false);
        }

        static Wanted column(String column, boolean optional) {
            return new Wanted(column, null, column, Double.NaN, optional);
        }

        TagDefinition definition(int index) {
            String color = TagPalette.color(index);
            return rule != null ? TagDefinition.rule(name, color, rule) : TagDefinition.imported(name, color, column);
        }
    }

    /** How a row of (label, prediction, …) came out: {@link #UNEVALUABLE}, {@link #CORRECT} or {@link #ERROR}. */
    interface Outcome extends Serializable {
        int UNEVALUABLE = 0;
        int CORRECT = 1;
        int ERROR = 2;

        int of(Row row);
    }

    /** What one partition counted: per tag, the evaluable rows and errors it holds, and whether its column failed. */
    record Parts(long[] counts, long[] errors, boolean[] notFlags) implements Serializable {}

    private TagsOnSpark() {}

    /** The label and prediction cast to {@code type}, then every column of the data as text, as the count reads them. */
    static Dataset<Row> rows(Dataset<Row> data, String label, String prediction, String type) {
        List<org.apache.spark.sql.Column> selected = new ArrayList<>();
        selected.add(SparkColumns.named(label).cast(type).as("label"));
        selected.add(SparkColumns.named(prediction).cast(type).as("prediction"));
        String[] names = data.columns();
        for (int c = 0; c < names.length; c++) {
            selected.add(SparkColumns.named(names[c]).cast("string").as(COLUMN + c));
        }
        return data.select(selected.toArray(org.apache.spark.sql.Column[]::new));
    }

    /**
     * The metrics of each tag, in the order given, those of glob-matched columns that do not hold flags left
     * out.
     *
     * @param rows the label and prediction as the outcome reads them, then the data's columns
     * @param names the data's column names, in the order they follow the label and prediction
     * @param evaluable the data's evaluable rows, and {@code errors} its errors, counted as the outcome counts
     * @throws IllegalArgumentException for a rule that does not fit the data, or a named column that does not
     *     hold flags
     */
    static List<TagMetrics> count(
            Dataset<Row> rows, List<String> names, List<Wanted> tags, Outcome outcome, long evaluable, long errors) {
        boolean[] numeric = new boolean[names.size()];
        for (int i : SlicesOnSpark.numericColumns(rows, COLUMN, names.size())) {
            numeric[i] = true;
        }
        // a rule that does not fit the data is refused before the cluster runs it, as the desktop refuses it
        dev.errata.data.Dataset empty = chunk(List.of(), names, numeric);
        for (Wanted tag : tags) {
            if (tag.rule() != null) {
                Rule.parse(tag.rule()).check(empty);
            }
        }
        List<Parts> parts = rows.javaRDD()
                .mapPartitions(countPart(names, numeric, tags, outcome))
                .collect();
        long[] counts = new long[tags.size()];
        long[] tagErrors = new long[tags.size()];
        boolean[] notFlags = new boolean[tags.size()];
        for (Parts part : parts) {
            for (int t = 0; t < tags.size(); t++) {
                counts[t] += part.counts()[t];
                tagErrors[t] += part.errors()[t];
                notFlags[t] |= part.notFlags()[t];
            }
        }
        List<TagMetrics> metrics = new ArrayList<>();
        for (int t = 0; t < tags.size(); t++) {
            if (!notFlags[t]) {
                Wanted tag = tags.get(t);
                metrics.add(TagMetrics.counted(tag.name(), tag.baseline(), evaluable, errors, counts[t], tagErrors[t]));
            }
        }
        return metrics;
    }

    /**
     * The data's columns that {@code globs} name ({@code *} any characters, {@code ?} one), in the data's order,
     * none of {@code excluded}; which of them hold flags the count finds.
     *
     * @throws IllegalArgumentException naming a glob that matches no column
     */
    static List<String> matching(List<String> names, List<String> globs, Set<String> excluded) {
        Set<String> chosen = new HashSet<>();
        for (String glob : globs) {
            Pattern pattern = ColumnChoice.globPattern(glob);
            List<String> matched = names.stream()
                    .filter(c -> !excluded.contains(c) && pattern.matcher(c).matches())
                    .toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException(
                        "--tag-columns \"" + glob + "\" matches no column; the columns are " + names);
            }
            chosen.addAll(matched);
        }
        return names.stream().filter(chosen::contains).toList();
    }

    /** A partition's counts; a static factory so the function carries only what it needs. */
    private static FlatMapFunction<Iterator<Row>, Parts> countPart(
            List<String> names, boolean[] numeric, List<Wanted> tags, Outcome outcome) {
        return rows -> {
            Parts parts = new Parts(new long[tags.size()], new long[tags.size()], new boolean[tags.size()]);
            List<TagDefinition> definitions = new ArrayList<>();
            for (int t = 0; t < tags.size(); t++) {
                definitions.add(tags.get(t).definition(t));
            }
            List<Row> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.next());
                if (chunk.size() == CHUNK || !rows.hasNext()) {
                    countChunk(chunk, names, numeric, tags, definitions, outcome, parts);
                    chunk.clear();
                }
            }
            List<Parts> one = new ArrayList<>(1);
            one.add(parts);
            return one.iterator();
        };
    }

    private static void countChunk(
            List<Row> chunk,
            List<String> names,
            boolean[] numeric,
            List<Wanted> tags,
            List<TagDefinition> definitions,
            Outcome outcome,
            Parts parts) {
        dev.errata.data.Dataset data = chunk(chunk, names, numeric);
        int[] outcomes = new int[chunk.size()];
        for (int r = 0; r < outcomes.length; r++) {
            outcomes[r] = outcome.of(chunk.get(r));
        }
        Set<String> flags = null;
        for (int t = 0; t < tags.size(); t++) {
            Wanted tag = tags.get(t);
            if (tag.optional()) {
                if (flags == null) {
                    flags = new HashSet<>(ImportedTagColumn.candidates(data));
                }
                if (!flags.contains(tag.column()) && !allMissing(data.column(tag.column()))) {
                    parts.notFlags()[t] = true;
                    continue;
                }
            }
            RoaringBitmap members;
            try {
                members = TagRows.derived(data, definitions.get(t));
            } catch (IllegalArgumentException e) {
                if (tag.column() == null) {
                    throw e;
                }
                // the desktop's message names a line of the chunk, which is no line of the data's files
                throw new IllegalArgumentException(
                        "column \"" + tag.column() + "\" holds \"" + notAFlag(data.column(tag.column()))
                                + "\"; a tag column holds only true/false, yes/no or 1/0");
            }
            int at = t;
            members.forEach((IntConsumer) r -> {
                if (outcomes[r] != Outcome.UNEVALUABLE) {
                    parts.counts()[at]++;
                    if (outcomes[r] == Outcome.ERROR) {
                        parts.errors()[at]++;
                    }
                }
            });
        }
    }

    /** The chunk's rows as a desktop dataset: each column a number column where the whole data's is one. */
    private static dev.errata.data.Dataset chunk(List<Row> chunk, List<String> names, boolean[] numeric) {
        List<Column> columns = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            int at = 2 + c;
            if (numeric[c]) {
                double[] values = new double[chunk.size()];
                for (int r = 0; r < values.length; r++) {
                    String text = chunk.get(r).getString(at);
                    values[r] = text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                }
                columns.add(new NumericColumn(names.get(c), values));
            } else {
                String[] texts = new String[chunk.size()];
                for (int r = 0; r < texts.length; r++) {
                    texts[r] = chunk.get(r).getString(at);
                }
                columns.add(CategoricalColumn.of(names.get(c), texts));
            }
        }
        int[] lines = new int[chunk.size()];
        for (int r = 0; r < lines.length; r++) {
            lines[r] = r + 2;
        }
        return new dev.errata.data.Dataset("chunk", columns, lines, null);
    }

    private static boolean allMissing(Column column) {
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r)) {
                return false;
            }
        }
        return true;
    }

    /** The first value of the column that the desktop does not read as a flag. */
    private static String notAFlag(Column column) {
        for (int r = 0; r < column.size(); r++) {
            String text = column.text(r);
            if (!column.isMissing(r) && !ImportedTagColumn.isFlag(text)) {
                return text;
            }
        }
        return "";
    }
}
