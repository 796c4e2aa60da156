package dev.errata.workbench;

import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.DataPreview;
import dev.errata.data.Dataset;
import dev.errata.tags.ImportedTagColumn;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import dev.errata.tags.TagPalette;
import dev.errata.tags.TagSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boolean columns (true/false, yes/no, 1/0) as imported tags, decided here for both faces: which columns
 * are boolean, which a new project takes as tags without being asked (named {@code tag_*} or {@code is_*}),
 * which match the command line's {@code --tag-columns} globs, and the tags made of them.
 */
public final class TagColumns {

    private TagColumns() {}

    /** A boolean column offered as a tag, and whether it is taken unless the user says otherwise. */
    public record Offer(String column, boolean suggested) {}

    /** Named as a flag is: {@code tag_…} or {@code is_…}, in any case. */
    public static boolean suggested(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.startsWith("tag_") || name.startsWith("is_");
    }

    /**
     * The columns of a file about to be imported whose filled cells in its head all read as flags, except
     * {@code roleColumns} (a 0/1 label is a label, not a tag). The whole file is checked when it loads.
     */
    public static List<Offer> offered(DataPreview preview, Set<String> roleColumns) {
        List<Offer> offers = new ArrayList<>();
        for (String column : preview.columns()) {
            Set<String> values = preview.sampledValues(column);
            if (!roleColumns.contains(column)
                    && !values.isEmpty()
                    && values.stream().allMatch(ImportedTagColumn::isFlag)) {
                offers.add(new Offer(column, suggested(column)));
            }
        }
        return offers;
    }

    /**
     * The boolean columns that {@code globs} name ({@code *} any characters, {@code ?} one), in the data's
     * order; role columns (a 0/1 label) and columns of other values that a glob also matches are left out.
     *
     * @throws IllegalArgumentException naming a glob that matches no boolean column
     */
    public static List<String> matching(Dataset dataset, ColumnRoles roles, List<String> globs) {
        List<String> flags = flags(dataset, roles);
        Set<String> chosen = new LinkedHashSet<>();
        for (String glob : globs) {
            List<String> matched = matched(flags, glob);
            if (matched.isEmpty()) {
                throw new IllegalArgumentException(
                        "--tag-columns \"" + glob + "\" matches no column of " + dataset.name()
                                + " that holds only true/false, yes/no or 1/0"
                                + (flags.isEmpty() ? "; it has none" : "; those that do: " + String.join(", ", flags)));
            }
            chosen.addAll(matched);
        }
        return flags.stream().filter(chosen::contains).toList();
    }

    /** Whether each glob matches a boolean column, so that {@link #matching} takes them. */
    public static boolean eachMatches(Dataset dataset, ColumnRoles roles, List<String> globs) {
        List<String> flags = flags(dataset, roles);
        return globs.stream().noneMatch(glob -> matched(flags, glob).isEmpty());
    }

    /** The boolean columns that play no role. */
    private static List<String> flags(Dataset dataset, ColumnRoles roles) {
        Set<String> roleColumns = roles.columns();
        return ImportedTagColumn.candidates(dataset).stream()
                .filter(c -> !roleColumns.contains(c))
                .toList();
    }

    private static List<String> matched(List<String> flags, String glob) {
        Pattern pattern = ColumnChoice.globPattern(glob);
        return flags.stream().filter(c -> pattern.matcher(c).matches()).toList();
    }

    /** The tags of these columns, each named as its column, coloured from the palette after {@code existing} tags. */
    public static List<TagDefinition> definitions(List<String> columns, int existing) {
        List<TagDefinition> tags = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            tags.add(TagDefinition.imported(columns.get(i), TagPalette.color(existing + i), columns.get(i)));
        }
        return tags;
    }

    /**
     * The columns' tags read from the data, no project changed: what the command line analyses.
     *
     * @throws IllegalArgumentException naming the column and line of a value that is not a flag
     */
    public static List<TagMembership> memberships(Dataset dataset, List<String> columns, int existing) {
        List<TagDefinition> tags = definitions(columns, existing);
        try {
            // each column's rows are read on their own, so the columns share the cores
            return tags.parallelStream()
                    .map(tag -> TagMembership.derived(dataset, tag))
                    .toList();
        } catch (IllegalArgumentException e) {
            // which failure a parallel stream throws is chance: in column order, the first column's is named
            return tags.stream().map(tag -> TagMembership.derived(dataset, tag)).toList();
        }
    }

    /**
     * Creates the columns' tags in a session as one step, skipping a column already a tag's name.
     *
     * @return why a column was not taken: one line each, naming the column and the line of a value that is
     *     not a flag, which the head of the file did not show
     */
    public static List<String> create(TagSession session, List<String> columns) {
        List<String> problems = new ArrayList<>();
        List<String> fresh = columns.stream()
                .filter(c -> session.tags().stream().noneMatch(t -> t.name().equals(c)))
                .toList();
        if (fresh.isEmpty()) {
            return problems;
        }
        session.inOneStep("import " + fresh.size() + " tag columns", () -> {
            for (TagDefinition tag : definitions(fresh, session.tags().size())) {
                try {
                    session.createTag(tag);
                } catch (IllegalArgumentException e) {
                    problems.add("not a tag: " + e.getMessage());
                }
            }
        });
        return problems;
    }
}
