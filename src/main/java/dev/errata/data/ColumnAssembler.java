package dev.errata.data;

import dev.errata.data.CsvTableReader.ParsedBlock;
import java.util.ArrayList;
import java.util.List;

/** Joins the per-block pieces of each column into one primitive array in file order. */
final class ColumnAssembler {

    private final List<ParsedBlock> blocks;
    private final int rows;

    ColumnAssembler(List<ParsedBlock> blocks) {
        this.blocks = blocks;
        this.rows = blocks.stream().mapToInt(ParsedBlock::records).sum();
    }

    int rows() {
        return rows;
    }

    int[] lines() {
        int[] lines = new int[rows];
        int at = 0;
        for (ParsedBlock block : blocks) {
            System.arraycopy(block.lines(), 0, lines, at, block.records());
            at += block.records();
        }
        return lines;
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

    /**
     * The column, joined from its pieces, which are let go one by one as they are copied: the load then needs
     * room for the dataset and one column's pieces, not for the dataset twice. So a column is taken once.
     */
    Column column(String name, int index) {
        CellKind kind = blocks.isEmpty() ? CellKind.TEXT : blocks.get(0).sinks()[index].kind;
        return kind == CellKind.TEXT ? text(name, index) : numeric(name, index);
    }

    private NumericColumn numeric(String name, int index) {
        double[] values = new double[rows];
        int at = 0;
        for (ParsedBlock block : blocks) {
            System.arraycopy(block.sinks()[index].numbers(), 0, values, at, block.records());
            block.sinks()[index].release();
            at += block.records();
        }
        return new NumericColumn(name, values);
    }

    private CategoricalColumn text(String name, int index) {
        LevelDictionary global = new LevelDictionary();
        int[] codes = new int[rows];
        int at = 0;
        for (ParsedBlock block : blocks) {
            CellSink sink = block.sinks()[index];
            ByteLevelDictionary local = sink.dictionary();
            int[] remap = new int[local.size()];
            for (int code = 0; code < remap.length; code++) {
                remap[code] = global.codeOf(local.level(code));
            }
            int[] blockCodes = sink.codes();
            for (int r = 0; r < block.records(); r++) {
                int code = blockCodes[r];
                codes[at + r] = code < 0 ? CategoricalColumn.MISSING : remap[code];
            }
            sink.release();
            at += block.records();
        }
        return new CategoricalColumn(name, codes, global.levels());
    }
}
