package dev.errata.data;

import java.util.Arrays;
import java.util.List;

/**
 * A column of text values, dictionary encoded: each row holds the code of its level, or -1 when missing.
 * A column of at most {@value #NARROW_LEVELS} levels, as most columns worth slicing by are, keeps its codes
 * in a byte a row, a quarter of the memory.
 */
public final class CategoricalColumn implements Column {

    public static final int MISSING = -1;
    /** The most levels whose codes a byte holds beside the missing -1. */
    public static final int NARROW_LEVELS = Byte.MAX_VALUE + 1;

    private final String name;
    private final int[] codes;
    private final byte[] narrowCodes;
    private final String[] levels;

    public CategoricalColumn(String name, int[] codes, String[] levels) {
        this.name = name;
        this.codes = codes;
        this.narrowCodes = null;
        this.levels = levels;
    }

    /** A column whose codes, of at most {@value #NARROW_LEVELS} levels, are a byte a row. */
    public CategoricalColumn(String name, byte[] codes, String[] levels) {
        if (levels.length > NARROW_LEVELS) {
            throw new IllegalArgumentException(levels.length + " levels do not fit a byte's codes");
        }
        this.name = name;
        this.codes = null;
        this.narrowCodes = codes;
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
        return codes != null ? codes.length : narrowCodes.length;
    }

    public int code(int row) {
        return codes != null ? codes[row] : narrowCodes[row];
    }

    /** The codes when they are an int a row, else null; for the table cache, which must not modify them. */
    int[] codes() {
        return codes;
    }

    /** The codes when they are a byte a row, else null; for the table cache, which must not modify them. */
    byte[] narrowCodes() {
        return narrowCodes;
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
        return code(row) == MISSING;
    }

    @Override
    public String text(int row) {
        int c = code(row);
        return c == MISSING ? "" : levels[c];
    }
}
