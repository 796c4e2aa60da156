package dev.errata.tags;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.util.List;
import java.util.Locale;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * Reads the rows of an imported tag from a boolean column: true/false, yes/no or 1/0 in any case; an
 * empty cell means not tagged. Anything else is refused, naming the value and its line, because a
 * misread flag column would silently skew every metric of the tag.
 */
public final class ImportedTagColumn {

    private ImportedTagColumn() {}

    /**
     * The tag's rows, a bit a row set in words, then made into containers at once: on a first run the
     * benchmark's 20 columns took 108 ms this way against 128 ms with a call to a bitmap writer a row as
     * numbers, and as text most of a first run's tag reading went into the writer's containers growing.
     */
    static RoaringBitmap rows(Dataset dataset, String columnName) {
        Column column = dataset.column(columnName);
        long[] words = new long[(column.size() + Long.SIZE - 1) / Long.SIZE];
        if (column instanceof NumericColumn n) {
            double[] values = n.values();
            for (int row = 0; row < values.length; row++) {
                double v = values[row];
                if (v == 1) {
                    words[row >>> 6] |= 1L << row;
                } else if (v != 0 && v == v) {
                    throw notBoolean(dataset, columnName, row, n.text(row));
                }
            }
            return BitSetUtil.bitmapOf(words);
        }
        CategoricalColumn cat = (CategoricalColumn) column;
        // Each code's bit, the code shifted by one so that a missing cell (code -1) reads 0: a row's bit is then
        // shifted in without a branch on its value, which a mostly-false column would mispredict.
        long[] bitOfCode = new long[cat.levelCount() + 1];
        boolean[] notFlag = new boolean[cat.levelCount()];
        boolean anyNotFlag = false;
        for (int code = 0; code < notFlag.length; code++) {
            Boolean value = truth(cat.level(code));
            notFlag[code] = value == null;
            anyNotFlag |= value == null;
            bitOfCode[code + 1] = Boolean.TRUE.equals(value) ? 1 : 0;
        }
        if (anyNotFlag) {
            for (int row = 0; row < cat.size(); row++) {
                int code = cat.code(row);
                if (code >= 0 && notFlag[code]) {
                    throw notBoolean(dataset, columnName, row, cat.level(code));
                }
            }
        }
        for (int w = 0; w < words.length; w++) {
            long word = 0;
            int end = Math.min(cat.size(), (w + 1) * Long.SIZE);
            for (int row = w * Long.SIZE; row < end; row++) {
                word |= bitOfCode[cat.code(row) + 1] << row;
            }
            words[w] = word;
        }
        return BitSetUtil.bitmapOf(words);
    }

    /**
     * The columns an imported tag can come from: every filled cell reads as true/false, yes/no or 1/0, in any
     * case. Offering only those spares the user a refusal after choosing.
     */
    public static List<String> candidates(Dataset dataset) {
        return dataset.columns().stream()
                .filter(ImportedTagColumn::holdsFlags)
                .map(Column::name)
                .toList();
    }

    private static boolean holdsFlags(Column column) {
        if (column instanceof CategoricalColumn text) {
            return text.levelCount() > 0 && text.levels().stream().allMatch(level -> truth(level) != null);
        }
        boolean filled = false;
        for (double value : ((NumericColumn) column).values()) {
            if (value == value) {
                if (value != 0 && value != 1) {
                    return false;
                }
                filled = true;
            }
        }
        return filled;
    }

    /** Whether a cell's text reads as a flag: true/false, yes/no or 1/0, in any case. */
    public static boolean isFlag(String text) {
        return truth(text) != null;
    }

    private static Boolean truth(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static IllegalArgumentException notBoolean(Dataset dataset, String column, int row, String value) {
        return new IllegalArgumentException("column \"" + column + "\" holds \"" + value + "\" on line "
                + dataset.lineOf(row) + "; a tag column holds only true/false, yes/no or 1/0");
    }
}
