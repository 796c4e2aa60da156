package dev.errata.spark;

import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tags the job is asked to count, in the desktop's order: a project's rule and flag-column tags, then the
 * flag columns named and matched, then the rules given on the command line.
 *
 * @param projectTags the tags of a project file, of every kind
 * @param rules each rule tag's name and rule
 */
record TagRequest(
        List<TagDefinition> projectTags, List<String> columns, List<String> globs, Map<String, String> rules) {

    static final TagRequest NONE = new TagRequest(List.of(), List.of(), List.of(), Map.of());

    TagRequest {
        projectTags = List.copyOf(projectTags);
        columns = List.copyOf(columns);
        globs = List.copyOf(globs);
        rules = new LinkedHashMap<>(rules);
    }

    /**
     * The rules of {@code --rule NAME=RULE} options, by name.
     *
     * @throws IllegalArgumentException for an option without a name and a rule, or a name given twice
     */
    static Map<String, String> rules(List<String> options) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String option : options) {
            int at = option.indexOf('=');
            String name = at < 0 ? "" : option.substring(0, at).strip();
            String rule = at < 0 ? "" : option.substring(at + 1).strip();
            if (name.isEmpty() || rule.isEmpty()) {
                throw new IllegalArgumentException(
                        "--rule takes a tag's name and its rule, as NAME=RULE (e.g. 'noisy=snr < 10'), not \"" + option
                                + "\"");
            }
            if (rules.put(name, rule) != null) {
                throw new IllegalArgumentException("--rule names the tag \"" + name + "\" twice");
            }
        }
        return rules;
    }

    /**
     * The tags to count over data of these columns, the role columns none of them.
     *
     * @param warnings where the project's hand tags are said to be left out: their rows are the analysts'
     *     marks on the desktop, not the data's
     * @throws IllegalArgumentException naming a column the data does not have
     */
    List<TagsOnSpark.Wanted> wanted(List<String> names, Set<String> roleColumns, List<String> warnings) {
        List<TagsOnSpark.Wanted> wanted = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        List<String> hand = new ArrayList<>();
        for (TagDefinition tag : projectTags) {
            double baseline = tag.baseline() == null ? Double.NaN : tag.baseline();
            if (tag.kind() == TagKind.RULE) {
                wanted.add(TagsOnSpark.Wanted.rule(tag.name(), tag.rule(), baseline));
            } else if (tag.kind() == TagKind.IMPORTED) {
                requireColumn(names, tag.sourceColumn());
                wanted.add(new TagsOnSpark.Wanted(tag.name(), null, tag.sourceColumn(), baseline, false));
            } else {
                hand.add(tag.name());
                continue;
            }
            taken.add(tag.name());
        }
        if (!hand.isEmpty()) {
            warnings.add("the project's hand tags are counted on the desktop only, from its reviewed rows: "
                    + String.join(", ", hand));
        }
        for (String column : columns) {
            requireColumn(names, column);
            if (taken.add(column)) {
                wanted.add(TagsOnSpark.Wanted.column(column, false));
            }
        }
        if (!globs.isEmpty()) {
            for (String column : TagsOnSpark.matching(names, globs, roleColumns)) {
                if (taken.add(column)) {
                    wanted.add(TagsOnSpark.Wanted.column(column, true));
                }
            }
        }
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            if (!taken.add(rule.getKey())) {
                throw new IllegalArgumentException(
                        "--rule names the tag \"" + rule.getKey() + "\", which is a tag already");
            }
            wanted.add(TagsOnSpark.Wanted.rule(rule.getKey(), rule.getValue(), Double.NaN));
        }
        return wanted;
    }

    private static void requireColumn(List<String> names, String column) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException("the data has no column \"" + column + "\"; its columns are " + names);
        }
    }
}
