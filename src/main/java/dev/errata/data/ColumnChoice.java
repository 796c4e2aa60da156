package dev.errata.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Which columns of a data file a read stores: every one, or the roles' columns and those a caller names or
 * matches by glob. A command that uses a few columns of a wide file (the metrics of its slices and tags)
 * then neither parses the others' cells nor holds them: each of their fields is still found, so a row of
 * too many or too few fields is as wrong as ever, but its text is passed over.
 *
 * @param names columns read by name; a name the file lacks is no error here, the caller says what is missing
 * @param globs globs naming more columns ({@code *} any characters, {@code ?} one)
 */
public record ColumnChoice(boolean all, Set<String> names, List<String> globs) {

    /** Every column: what a project, and any work that may look at any column, reads. */
    public static final ColumnChoice ALL = new ColumnChoice(true, Set.of(), List.of());

    /** The roles' columns alone. */
    public static final ColumnChoice NONE = new ColumnChoice(false, Set.of(), List.of());

    public ColumnChoice {
        names = Set.copyOf(names);
        globs = List.copyOf(globs);
    }

    /** The roles' columns, the columns named, and those the globs match. */
    public static ColumnChoice of(Set<String> names, List<String> globs) {
        return new ColumnChoice(false, names, globs);
    }

    /** The columns either choice reads: every one where either reads every one. */
    public ColumnChoice and(ColumnChoice other) {
        if (all || other.all) {
            return ALL;
        }
        Set<String> both = new LinkedHashSet<>(names);
        both.addAll(other.names);
        List<String> patterns = new ArrayList<>(globs);
        patterns.addAll(other.globs);
        return of(both, patterns);
    }

    /** Whether a read stores each of the columns, given their roles. */
    boolean[] reads(List<String> columns, ColumnRoles roles) {
        List<Pattern> patterns = globs.stream().map(ColumnChoice::globPattern).toList();
        Set<String> roleColumns = roles.columns();
        boolean[] reads = new boolean[columns.size()];
        for (int c = 0; c < reads.length; c++) {
            String name = columns.get(c);
            reads[c] = all
                    || names.contains(name)
                    || roleColumns.contains(name)
                    || patterns.stream()
                            .anyMatch(pattern -> pattern.matcher(name).matches());
        }
        return reads;
    }

    /** The kinds of a read of these columns: {@link CellKind#SKIP} for each column it leaves out. */
    CellKind[] applied(CellKind[] kinds, List<String> columns, ColumnRoles roles) {
        boolean[] reads = reads(columns, roles);
        CellKind[] chosen = kinds.clone();
        for (int c = 0; c < chosen.length; c++) {
            if (!reads[c]) {
                chosen[c] = CellKind.SKIP;
            }
        }
        return chosen;
    }

    /** The fields whose columns a read of these kinds stores, in the file's order: those not left out. */
    static int[] fieldsRead(CellKind[] kinds) {
        return IntStream.range(0, kinds.length)
                .filter(c -> kinds[c] != CellKind.SKIP)
                .toArray();
    }

    /** A glob's pattern: {@code *} any characters, {@code ?} one, the rest as it is. */
    public static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
