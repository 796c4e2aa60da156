package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Receives the cells of one column within one block of the file, in the storage its kind asks for: a
 * number or a text's code per row, written straight into the block's stretch of the whole column.
 */
final class CellSink {

    static final int SAMPLE_VALUES = 64;
    static final int PREVIEW_ROWS = 50;

    final CellKind kind;
    private final double[] numbers;
    private final int[] codes;
    private final byte[] narrowCodes;
    /** The row of the whole column where the block's first cell goes. */
    private final int base;

    private ByteLevelDictionary dictionary;
    private int size;
    /** NUMBER and lenient required kinds: how many cells the column could not hold, and where the first one is. */
    int badNumbers;

    int firstBadLine;
    int firstBadColumn;
    String firstBadText;
    /** For SNIFF. */
    boolean allNumeric = true;

    boolean allIntegers = true;
    int present;
    final Set<String> sample = new LinkedHashSet<>();
    /** For SNIFF: the column's cells in the first rows, as text, for the import preview. */
    final List<String> firstValues = new ArrayList<>();

    private CellSink(CellKind kind, double[] numbers, int[] codes, byte[] narrowCodes, int base) {
        this.kind = kind;
        this.numbers = numbers;
        this.codes = codes;
        this.narrowCodes = narrowCodes;
        this.base = base;
        if (kind == CellKind.TEXT || kind == CellKind.SNIFF) {
            dictionary = new ByteLevelDictionary();
        }
    }

    /** A sink that keeps a sample of the cells and what they look like, for the sample read before the file. */
    static CellSink sniffing() {
        return new CellSink(CellKind.SNIFF, null, null, null, 0);
    }

    /** A sink for a column the read leaves out, which stores nothing. */
    static CellSink skipping() {
        return new CellSink(CellKind.SKIP, null, null, null, 0);
    }

    /** What a sniffing sink saw of its column. */
    SampledColumn sampled() {
        return new SampledColumn(present, allNumeric, allIntegers, sample.size());
    }

    /** A sink writing the block's cells from row {@code base} of the column's values. */
    static CellSink numbers(CellKind kind, double[] column, int base) {
        return new CellSink(kind, column, null, null, base);
    }

    /** A sink writing the codes of the block's own dictionary from row {@code base} of the column's codes. */
    static CellSink codes(int[] column, int base) {
        return new CellSink(CellKind.TEXT, null, column, null, base);
    }

    /**
     * As {@link #codes}, a byte a row: a block's code past a byte's range is stored wrapped, and the
     * column is read again with int codes once the dictionary shows it ({@link ColumnAssembler#tooManyLevels}).
     */
    static CellSink narrowCodes(byte[] column, int base) {
        return new CellSink(CellKind.TEXT, null, null, column, base);
    }

    int size() {
        return size;
    }

    ByteLevelDictionary dictionary() {
        return dictionary;
    }

    /**
     * Stores the cell {@code b[from, to)}, already unquoted. Returns false when the column holds numbers
     * and the cell is text: it is stored as missing and the caller decides what that means; or when the
     * column holds text and the cell is a new value that is not UTF-8 text.
     */
    boolean add(byte[] b, int from, int to) {
        boolean ok = true;
        switch (kind) {
            case NUMBER, REQUIRED_NUMBER, PROBABILITY -> ok = addNumber(b, from, to);
            case TEXT -> ok = addText(b, from, to);
            case SNIFF -> sniff(b, from, to);
            case SKIP -> {
                // the column is left out: its field was found, its text is passed over
            }
        }
        size++;
        return ok;
    }

    private boolean addNumber(byte[] b, int from, int to) {
        double v = from == to ? Double.NaN : NumberSyntax.parse(b, from, to);
        // Most numeric columns are features, which take any number: only the roles' columns ask more.
        boolean held = from == to || (kind == CellKind.NUMBER ? !Double.isNaN(v) : kind.holds(v));
        numbers[base + size] = held ? v : Double.NaN;
        return held;
    }

    /** False when the cell is a new value holding a NUL byte or bytes that are not UTF-8; it is stored all the same. */
    private boolean addText(byte[] b, int from, int to) {
        int code = from == to ? CategoricalColumn.MISSING : dictionary.codeOf(b, from, to);
        if (codes != null) {
            codes[base + size] = code;
        } else {
            narrowCodes[base + size] = (byte) code;
        }
        return dictionary.addedText();
    }

    private void sniff(byte[] b, int from, int to) {
        if (firstValues.size() < PREVIEW_ROWS) {
            firstValues.add(new String(b, from, to - from, StandardCharsets.UTF_8));
        }
        if (from == to) {
            return;
        }
        present++;
        if (!NumberSyntax.isNumber(b, from, to)) {
            allNumeric = false;
            allIntegers = false;
        } else if (allIntegers && !isCanonicalInteger(b, from, to)) {
            allIntegers = false;
        }
        // A String only for a value not seen before: a column of a few values repeats them on every row.
        if (sample.size() < SAMPLE_VALUES) {
            int seen = dictionary.size();
            if (dictionary.codeOf(b, from, to) == seen) {
                sample.add(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
        }
    }

    /** Digits without a leading zero, so reading them as a number and writing it back gives the same text. */
    private static boolean isCanonicalInteger(byte[] b, int from, int to) {
        int i = b[from] == '-' ? from + 1 : from;
        if (i == to || to - i > 15 || (b[i] == '0' && to - i > 1)) {
            return false;
        }
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
