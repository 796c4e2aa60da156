package dev.errata.tags;

import java.util.regex.Pattern;

/**
 * What a tag is, apart from its rows. Optional fields are null when unset.
 *
 * @param color {@code #rrggbb}
 * @param rule the rule text, for rule tags only
 * @param sourceColumn the boolean column, for imported tags only
 * @param baseline a reference accuracy in [0, 1], e.g. human-level performance
 * @param ease how easy the analyst thinks the tag is to fix, 1–5
 * @param importance how much the analyst thinks it matters, 1–5
 * @param shortcut the key 1–9 that toggles it in review mode
 */
public record TagDefinition(
        String name,
        String color,
        TagKind kind,
        String rule,
        String sourceColumn,
        Double baseline,
        Integer ease,
        Integer importance,
        String description,
        Integer shortcut) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public TagDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        TextLimit.require("a tag name", name);
        TextLimit.require("a tag rule", rule);
        TextLimit.require("a tag description", description);
        name = name.strip();
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("tag \"" + name + "\": color must look like #rrggbb, not " + color);
        }
        if (kind == null) {
            throw new IllegalArgumentException("tag \"" + name + "\" needs a kind");
        }
        if ((kind == TagKind.RULE) != (rule != null)) {
            throw new IllegalArgumentException(
                    "tag \"" + name + "\": a rule belongs to rule tags, and every rule tag has one");
        }
        if ((kind == TagKind.IMPORTED) != (sourceColumn != null)) {
            throw new IllegalArgumentException(
                    "tag \"" + name + "\": a source column belongs to imported tags, and every imported tag has one");
        }
        if (baseline != null && !(baseline >= 0 && baseline <= 1)) {
            throw new IllegalArgumentException("tag \"" + name + "\": baseline must be in [0, 1], not " + baseline);
        }
        requireRange(name, "ease", ease, 5);
        requireRange(name, "importance", importance, 5);
        requireRange(name, "shortcut", shortcut, 9);
        description = description == null ? "" : description;
    }

    private static void requireRange(String tag, String what, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            throw new IllegalArgumentException(
                    "tag \"" + tag + "\": " + what + " must be 1 to " + max + ", not " + value);
        }
    }

    public static TagDefinition hand(String name, String color) {
        return new TagDefinition(name, color, TagKind.HAND, null, null, null, null, null, "", null);
    }

    public static TagDefinition rule(String name, String color, String rule) {
        return new TagDefinition(name, color, TagKind.RULE, rule, null, null, null, null, "", null);
    }

    public static TagDefinition imported(String name, String color, String sourceColumn) {
        return new TagDefinition(name, color, TagKind.IMPORTED, null, sourceColumn, null, null, null, "", null);
    }

    public TagDefinition withName(String value) {
        return new TagDefinition(
                value, color, kind, rule, sourceColumn, baseline, ease, importance, description, shortcut);
    }

    public TagDefinition withColor(String value) {
        return new TagDefinition(
                name, value, kind, rule, sourceColumn, baseline, ease, importance, description, shortcut);
    }

    public TagDefinition withDescription(String value) {
        return new TagDefinition(name, color, kind, rule, sourceColumn, baseline, ease, importance, value, shortcut);
    }

    public TagDefinition withRule(String value) {
        return new TagDefinition(
                name, color, kind, value, sourceColumn, baseline, ease, importance, description, shortcut);
    }

    /** The analyst's settings: baseline, ease, importance and shortcut, each null to clear it. */
    public TagDefinition withSettings(Double newBaseline, Integer newEase, Integer newImportance, Integer newShortcut) {
        return new TagDefinition(
                name, color, kind, rule, sourceColumn, newBaseline, newEase, newImportance, description, newShortcut);
    }
}
