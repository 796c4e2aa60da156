package dev.errata.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assigns codes to distinct text values in order of first appearance. */
public final class LevelDictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> levels = new ArrayList<>();

    public int codeOf(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = levels.size();
            codes.put(value, code);
            levels.add(value);
        }
        return code;
    }

    public int size() {
        return levels.size();
    }

    public String[] levels() {
        return levels.toArray(new String[0]);
    }
}
