package dev.errata.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A Parquet file, read whole the first time its columns are asked for, its columns then given their roles
 * as the CSV importer gives them, so nothing above the data layer knows which format the file was. A row's
 * line in messages is the line it would have in the same table as CSV, the header being line 1.
 */
final class ParquetTableSource implements TableSource {

    /** The most distinct whole numbers a label holds and still be read as classes, as for a CSV file. */
    private static final int MAX_CLASSES = 20;

    private final Path file;
    private final boolean strict;
    private final ColumnChoice choice;
    private final Progress progress;
    private ParquetTable table;

    ParquetTableSource(Path file, ImportRequest request, Progress progress) {
        this.file = file;
        this.strict = request.strict();
        this.choice = request.columns();
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return table != null ? table.names() : ParquetTable.columnNames(file);
    }

    @Override
    public boolean isRegression(ColumnRoles roles) {
        return isRegression(roles, roles.label() == null ? null : table().column(roles.label()));
    }

    @Override
    public FileTable read(ColumnRoles roles, boolean regression, List<String> warnings) {
        ParquetTable read = table();
        boolean[] chosen = choice.reads(read.names(), roles);
        int[] fields = IntStream.range(0, chosen.length).filter(c -> chosen[c]).toArray();
        List<Column> columns = new ArrayList<>();
        for (int c : fields) {
            columns.add(asRole(read, c, roles, regression, strict, warnings));
        }
        int[] lines = new int[read.rows()];
        for (int r = 0; r < lines.length; r++) {
            lines[r] = line(r);
        }
        return new FileTable(
                file,
                Arrays.stream(fields).mapToObj(read.names()::get).toList(),
                columns,
                lines,
                (line, column) -> fields[column] + 1);
    }

    private ParquetTable table() {
        if (table == null) {
            table = ParquetTable.read(file, progress);
            if (table.rows() == 0) {
                throw new BadInputException(file, 1, 1, "the file has columns but no rows");
            }
        }
        return table;
    }

    /** A numeric label is a regression target when it holds fractions or more whole numbers than classes. */
    private static boolean isRegression(ColumnRoles roles, Column label) {
        if (roles.task() != null) {
            return roles.task() == Task.REGRESSION;
        }
        if (roles.classScores().size() >= 2 || !(label instanceof NumericColumn numbers)) {
            return false;
        }
        if (!numbers.isIntegral()) {
            return true;
        }
        Set<Double> seen = new HashSet<>();
        for (double v : numbers.values()) {
            if (!Double.isNaN(v) && seen.add(v) && seen.size() > MAX_CLASSES) {
                return true;
            }
        }
        return false;
    }

    /** The column as its role needs it: classes as text, scores as probabilities, targets of regression as numbers. */
    private static Column asRole(
            ParquetTable table,
            int index,
            ColumnRoles roles,
            boolean regression,
            boolean strict,
            List<String> warnings) {
        Column column = table.columns().get(index);
        String name = column.name();
        boolean target = name.equals(roles.label()) || name.equals(roles.prediction());
        if (target && !regression || name.equals(roles.id()) && !isWholeNumbers(column)) {
            return column instanceof NumericColumn ? asText(column) : column;
        }
        CellKind need = target
                ? CellKind.REQUIRED_NUMBER
                : name.equals(roles.score()) || roles.classScores().containsValue(name) ? CellKind.PROBABILITY : null;
        if (need == null) {
            return column;
        }
        if (!(column instanceof NumericColumn numbers)) {
            throw new BadInputException(
                    table.file(),
                    1,
                    index + 1,
                    "column \"" + Excerpt.cell(name) + "\" needs " + need.need(Double.NaN) + " but holds text");
        }
        double[] values = numbers.values();
        int bad = 0;
        int first = -1;
        double firstValue = 0;
        for (int r = 0; r < values.length; r++) {
            if (!Double.isNaN(values[r]) && !need.holds(values[r])) {
                if (strict) {
                    throw new BadInputException(
                            table.file(),
                            line(r),
                            index + 1,
                            "column \"" + Excerpt.cell(name) + "\" needs " + need.need(values[r]) + " but holds "
                                    + values[r]);
                }
                if (first < 0) {
                    first = r;
                    firstValue = values[r];
                }
                bad++;
                values[r] = Double.NaN;
            }
        }
        if (bad > 0) {
            warnings.add("column \"" + Excerpt.cell(name) + "\" needs " + need.need(firstValue)
                    + " but holds something else in " + Plural.of(bad, "cell") + ", read as missing (first at "
                    + table.file().getFileName() + ":" + line(first) + ":" + (index + 1) + ", " + firstValue + ")");
        }
        return column;
    }

    private static boolean isWholeNumbers(Column column) {
        return column instanceof NumericColumn numbers && numbers.isIntegral();
    }

    /**
     * Numbers as the text a CSV file would hold for them, as classes are read; each distinct number's text is
     * made once, since a label's few classes recur on every row.
     */
    private static CategoricalColumn asText(Column numbers) {
        LevelDictionary levels = new LevelDictionary();
        Map<Double, Integer> codeOfNumber = new HashMap<>();
        double[] values = ((NumericColumn) numbers).values();
        int[] codes = new int[values.length];
        for (int r = 0; r < codes.length; r++) {
            int row = r;
            codes[r] = Double.isNaN(values[r])
                    ? CategoricalColumn.MISSING
                    : codeOfNumber.computeIfAbsent(values[r], v -> levels.codeOf(numbers.text(row)));
        }
        return new CategoricalColumn(numbers.name(), codes, levels.levels());
    }

    /**
     * Where a row is, in the place of a CSV file's line: the line the row would be on in the same table
     * written as CSV, the header being line 1, so the messages and warnings of both read alike.
     */
    private static int line(int row) {
        return row + 2;
    }
}
