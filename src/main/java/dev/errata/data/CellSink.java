package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Receives the cells of one column within one block of the file, in the storage its kind asks for. */
final class CellSink {

    static final int SAMPLE_VALUES = 64;
    static final int PREVIEW_ROWS = 50;

    final CellKind kind;
    private double[] numbers;
    private int[] codes;
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

    CellSink(CellKind kind, int capacity) {
        this.kind = kind;
        switch (kind) {
            case NUMBER, REQUIRED_NUMBER, PROBABILITY -> numbers = new double[capacity];
            case TEXT -> {
                codes = new int[capacity];
                dictionary = new ByteLevelDictionary();
            }
            case SNIFF -> {}
        }
    }

    int size() {
        return size;
    }

    double[] numbers() {
        return numbers;
    }

    int[] codes() {
        return codes;
    }

    /** Lets go of the cells once they are copied into the whole column. */
    void release() {
        numbers = null;
        codes = null;
        dictionary = null;
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
        }
        size++;
        return ok;
    }

    private boolean addNumber(byte[] b, int from, int to) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, grow(size));
        }
        double v = from == to ? Double.NaN : NumberSyntax.parse(b, from, to);
        // Most numeric columns are features, which take any number: only the roles' columns ask more.
        boolean held = from == to || (kind == CellKind.NUMBER ? !Double.isNaN(v) : kind.holds(v));
        numbers[size] = held ? v : Double.NaN;
        return held;
    }

    /** False when the cell is a new value holding a NUL byte or bytes that are not UTF-8; it is stored all the same. */
    private boolean addText(byte[] b, int from, int to) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, grow(size));
        }
        codes[size] = from == to ? CategoricalColumn.MISSING : dictionary.codeOf(b, from, to);
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
        if (sample.size() < SAMPLE_VALUES) {
            sample.add(new String(b, from, to - from, StandardCharsets.UTF_8));
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

    private static int grow(int size) {
        return Math.max(16, size + (size >> 1));
    }
}
