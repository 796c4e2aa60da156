package dev.errata.data;

import java.util.Arrays;
import java.util.List;

/** A column of text values, dictionary encoded: each row holds the code of its level, or -1 when missing. */
public final class CategoricalColumn implements Column {

    public static final int MISSING = -1;

    private final String name;
    private final int[] codes;
    private final String[] levels;

    public CategoricalColumn(String name, int[] codes, String[] levels) {
        this.name = name;
        this.codes = codes;
        this.levels = levels;
    }

    /** Encodes plain values; null or empty strings are missing. */
    public static CategoricalColumn of(String name, String... values) {
        LevelDictionary dictionary = new LevelDictionary();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            codes[i] = v == null || v.isEmpty() ? MISSING : dictionary.codeOf(v);
        }
        return new CategoricalColumn(name, codes, dictionary.levels());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return codes.length;
    }

    public int code(int row) {
        return codes[row];
    }

    /** The backing array, for tight loops in metrics; callers must not modify it. */
    public int[] codes() {
        return codes;
    }

    public int levelCount() {
        return levels.length;
    }

    public String level(int code) {
        return levels[code];
    }

    public List<String> levels() {
        return Arrays.asList(levels.clone());
    }

    /** The code of a level, or -1 when no row holds it. */
    public int codeOf(String level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].equals(level)) {
                return i;
            }
        }
        return MISSING;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c == MISSING ? "" : levels[c];
    }
}
