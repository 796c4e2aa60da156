package dev.errata.data;

import dev.errata.data.CsvTableReader.ParsedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Makes the read's whole columns final: each block's text codes turned into the file's codes in place, and
 * the room a block left unused closed up (its stretch held the records estimated or the line breaks
 * counted, more than the records it held).
 */
final class ColumnAssembler {

    private final List<ParsedBlock> blocks;
    private final ColumnArrays arrays;
    private final int rows;
    /** Whether every block filled its stretch and the stretches fill the arrays, so nothing moves. */
    private final boolean packed;

    ColumnAssembler(List<ParsedBlock> blocks, ColumnArrays arrays) {
        this.blocks = blocks;
        this.arrays = arrays;
        this.rows = blocks.stream().mapToInt(ParsedBlock::records).sum();
        boolean filled = true;
        int next = 0;
        for (ParsedBlock block : blocks) {
            filled &= block.firstRow() == next;
            next = block.firstRow() + block.records();
        }
        this.packed = filled && arrays.lines().length == rows;
    }

    int rows() {
        return rows;
    }

    int[] lines() {
        return packed ? arrays.lines() : closedUp(arrays.lines(), int[]::new);
    }

    /** Indices of NUMBER columns where some cell was text, so the file must be read again with them as text. */
    List<Integer> columnsThatAreText(CellKind[] kinds) {
        List<Integer> text = new ArrayList<>();
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] == CellKind.NUMBER && badNumbers(c) > 0) {
                text.add(c);
            }
        }
        return text;
    }

    /**
     * Indices of text columns read with a byte a row whose values turned out more than a byte's codes, so
     * the file must be read again with int codes for them.
     */
    List<Integer> tooManyLevels(CellKind[] kinds) {
        List<Integer> wide = new ArrayList<>();
        for (int c = 0; c < kinds.length; c++) {
            if (arrays.narrowCodes(c) != null && levels(c).size() > CategoricalColumn.NARROW_LEVELS) {
                wide.add(c);
            }
        }
        return wide;
    }

    /** The first byte in file order that is not UTF-8, or null. */
    Malformed firstMalformed() {
        return blocks.stream()
                .map(ParsedBlock::malformed)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Cells of a numeric column that held text, read as missing. */
    int badNumbers(int column) {
        return blocks.stream().mapToInt(b -> b.sinks()[column].badNumbers).sum();
    }

    /** The first cell of a numeric column that held text: line, column and the text. */
    CellSink firstBadNumber(int column) {
        return blocks.stream()
                .map(b -> b.sinks()[column])
                .filter(s -> s.badNumbers > 0)
                .findFirst()
                .orElseThrow();
    }

    /** The column, made final in place; so a column is taken once. */
    Column column(String name, int index) {
        return arrays.kind(index) == CellKind.TEXT ? text(name, index) : numeric(name, index);
    }

    private NumericColumn numeric(String name, int index) {
        double[] values = arrays.numbers(index);
        return new NumericColumn(name, packed ? values : closedUp(values, double[]::new));
    }

    /** The column's levels in the order the file first holds them, gathered from its blocks' dictionaries. */
    private LevelDictionary levels(int index) {
        LevelDictionary global = new LevelDictionary();
        for (ParsedBlock block : blocks) {
            ByteLevelDictionary local = block.sinks()[index].dictionary();
            for (int code = 0; code < local.size(); code++) {
                global.codeOf(local.level(code));
            }
        }
        return global;
    }

    private CategoricalColumn text(String name, int index) {
        LevelDictionary levels = levels(index);
        int[] codes = arrays.codes(index);
        byte[] narrow = arrays.narrowCodes(index);
        for (ParsedBlock block : blocks) {
            ByteLevelDictionary local = block.sinks()[index].dictionary();
            int[] remap = new int[local.size()];
            boolean same = true;
            for (int code = 0; code < remap.length; code++) {
                remap[code] = levels.codeOf(local.level(code));
                same &= remap[code] == code;
            }
            if (same) {
                // Most blocks meet the levels in the order the file first holds them: their codes are the file's.
                continue;
            }
            int end = block.firstRow() + block.records();
            if (codes != null) {
                for (int r = block.firstRow(); r < end; r++) {
                    int code = codes[r];
                    codes[r] = code < 0 ? CategoricalColumn.MISSING : remap[code];
                }
            } else {
                for (int r = block.firstRow(); r < end; r++) {
                    int code = narrow[r];
                    narrow[r] = (byte) (code < 0 ? CategoricalColumn.MISSING : remap[code]);
                }
            }
        }
        if (codes != null) {
            return new CategoricalColumn(name, packed ? codes : closedUp(codes, int[]::new), levels.levels());
        }
        return new CategoricalColumn(name, packed ? narrow : closedUp(narrow, byte[]::new), levels.levels());
    }

    /** Each block's rows, one after the other, in a new array of {@link #rows}: one copy of the column. */
    private <A> A closedUp(A array, IntFunction<A> make) {
        A column = make.apply(rows);
        int at = 0;
        for (ParsedBlock block : blocks) {
            System.arraycopy(array, block.firstRow(), column, at, block.records());
            at += block.records();
        }
        return column;
    }
}
