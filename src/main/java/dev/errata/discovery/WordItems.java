package dev.errata.discovery;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.TextWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The basic slices of a free-text column: its most frequent words, each the slice {@code column contains
 * "word"}. A column is free text when its cells hold at least {@link #TEXT_WORDS} words on average; a word is
 * offered only when it is in at least two of the column's values, since the rows of a word in one value are
 * that value's, already a basic slice, and only the first of words always found together ("new", "york").
 */
final class WordItems {

    /** Cells of a column of free text hold at least this many words on average. */
    static final int TEXT_WORDS = 3;

    /** The most words of one column offered, most rows first: each costs a row set and joins. */
    static final int TOP_WORDS = 30;

    private WordItems() {}

    static List<SliceItem> of(int feature, CategoricalColumn column, FeatureItems.Counts counts) {
        long[] evaluable = counts.evaluable();
        int minSupport = counts.minSupport();
        long[] levelRows = new long[column.levelCount()];
        for (int row = 0; row < column.size(); row++) {
            int code = column.code(row);
            if (code >= 0 && RowWords.get(evaluable, row)) {
                levelRows[code]++;
            }
        }
        Map<String, Word> byText = new HashMap<>();
        long cells = 0;
        long words = 0;
        for (int code = 0; code < levelRows.length; code++) {
            if (levelRows[code] == 0) {
                continue;
            }
            var levelWords = TextWords.of(column.level(code));
            cells += levelRows[code];
            words += levelRows[code] * levelWords.size();
            for (String text : levelWords) {
                byText.computeIfAbsent(text, Word::new).add(code, levelRows[code]);
            }
        }
        if (cells == 0 || words < (long) TEXT_WORDS * cells) {
            return List.of();
        }
        long allCells = cells;
        Set<List<Integer>> sameRows = new HashSet<>();
        List<Word> chosen = byText.values().stream()
                .filter(word -> word.levels.size() >= 2 && word.rows >= minSupport && word.rows < allCells)
                .sorted(Comparator.comparingLong((Word word) -> word.rows)
                        .reversed()
                        .thenComparing(word -> word.text))
                .filter(word -> sameRows.add(word.levels))
                .limit(TOP_WORDS)
                .toList();
        return items(feature, column, chosen, counts);
    }

    private static List<SliceItem> items(
            int feature, CategoricalColumn column, List<Word> chosen, FeatureItems.Counts counts) {
        List<List<Integer>> wordsOfLevel = new ArrayList<>();
        for (int code = 0; code < column.levelCount(); code++) {
            wordsOfLevel.add(new ArrayList<>());
        }
        for (int w = 0; w < chosen.size(); w++) {
            for (int code : chosen.get(w).levels) {
                wordsOfLevel.get(code).add(w);
            }
        }
        int[][] wordIndices = wordsOfLevel.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        long[][] rows = new long[chosen.size()][];
        for (int w = 0; w < rows.length; w++) {
            rows[w] = RowWords.empty(counts.rowCount());
        }
        for (int row = 0; row < column.size(); row++) {
            int code = column.code(row);
            if (code >= 0) {
                for (int w : wordIndices[code]) {
                    RowWords.set(rows[w], row);
                }
            }
        }
        return counts.items(
                feature, rows, w -> List.of(SliceCondition.text(column.name(), "contains", chosen.get(w).text)));
    }

    /** A word of the column: the values holding it and their evaluable rows. */
    private static final class Word {
        final String text;
        final List<Integer> levels = new ArrayList<>();
        long rows;

        Word(String text) {
            this.text = text;
        }

        void add(int level, long levelRows) {
            levels.add(level);
            rows += levelRows;
        }
    }
}
