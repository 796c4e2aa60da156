package dev.errata.project;

import dev.errata.data.ModelVersion;
import dev.errata.project.ProjectDocument.TagRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges two versions of a project's work, row by row, against the version they both started from: what
 * one side changed and the other did not is taken; what both changed alike is taken once; what both
 * changed differently keeps ours and is named as a conflict, never decided silently. With an empty base
 * ({@link #EMPTY}) this is the union of two analysts' work, where every difference is a conflict.
 */
final class DocumentMerge {

    /** A document of no work and no settings: merging against it takes the union. */
    static final ProjectDocument EMPTY = new ProjectDocument(
            ProjectJson.CURRENT_VERSION,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    /** @param conflicts each on one line: what both sides changed differently, and that ours was kept */
    record Result(ProjectDocument merged, List<String> conflicts) {}

    private final ProjectDocument base;
    private final ProjectDocument ours;
    private final ProjectDocument theirs;
    private final List<String> conflicts = new ArrayList<>();

    private DocumentMerge(ProjectDocument base, ProjectDocument ours, ProjectDocument theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    static Result merge(ProjectDocument base, ProjectDocument ours, ProjectDocument theirs) {
        return new DocumentMerge(base, ours, theirs).merged();
    }

    private Result merged() {
        ProjectDocument merged = new ProjectDocument(
                ProjectJson.CURRENT_VERSION,
                null,
                null,
                null,
                pick("the data file", base.data(), ours.data(), theirs.data()),
                pick("the predictions file", base.predictions(), ours.predictions(), theirs.predictions()),
                pick("the join column", base.joinColumn(), ours.joinColumn(), theirs.joinColumn()),
                pick("the column roles", base.roles(), ours.roles(), theirs.roles()),
                pick("the settings", before(base.settings()), ours.settings(), theirs.settings()),
                tags(),
                rows(base.reviewed(), ours.reviewed(), theirs.reviewed()),
                byAnalyst(base.reviewedBy(), ours.reviewedBy(), theirs.reviewedBy()),
                notes(),
                pick("the saved views", before(base.views()), ours.views(), theirs.views()),
                pick("the checks", before(base.checks()), ours.checks(), theirs.checks()),
                pick("the summary", before(base.summary()), ours.summary(), theirs.summary()),
                pick("the review queue", base.reviewQueue(), ours.reviewQueue(), theirs.reviewQueue()),
                pick("the models", before(base.models()), ours.models(), theirs.models()),
                versions(ours.history(), theirs.history()));
        return new Result(merged, List.copyOf(conflicts));
    }

    /**
     * What the base held of a value every project has (settings, views, checks, summary): nothing for an
     * empty base, whose defaults would otherwise count as one side's "no change" and let the other's win unsaid.
     */
    private <T> T before(T value) {
        return base == EMPTY ? null : value;
    }

    /** One value by the three-way rule: a change on one side is taken, changes on both that differ keep ours. */
    private <T> T pick(String what, T base, T ours, T theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(base, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            return theirs;
        }
        conflicts.add(what + " differ: kept the first project's");
        return ours;
    }

    /**
     * The history of both sides: a version is measured once, when it is added, so a version either side
     * added is kept, ours first, then theirs that ours lacks, by name.
     */
    private static List<ModelVersion> versions(List<ModelVersion> ours, List<ModelVersion> theirs) {
        Set<String> mine = ours.stream().map(ModelVersion::model).collect(Collectors.toSet());
        List<ModelVersion> merged = new ArrayList<>(ours);
        theirs.stream().filter(v -> !mine.contains(v.model())).forEach(merged::add);
        return merged;
    }

    private List<TagRecord> tags() {
        Map<String, TagRecord> before = byName(base.tags());
        Map<String, TagRecord> mine = byName(ours.tags());
        Map<String, TagRecord> others = byName(theirs.tags());
        Set<String> names = new LinkedHashSet<>(mine.keySet());
        names.addAll(others.keySet());
        List<TagRecord> tags = new ArrayList<>();
        for (String name : names) {
            TagRecord b = before.get(name);
            TagRecord o = mine.get(name);
            TagRecord t = others.get(name);
            TagRecord definition =
                    pick("the definitions of tag \"" + name + "\"", definition(b), definition(o), definition(t));
            if (definition != null) {
                tags.add(definition.withRows(
                        rows(rowsOf(b), rowsOf(o), rowsOf(t)), byAnalyst(rowsByOf(b), rowsByOf(o), rowsByOf(t))));
            }
        }
        return tags;
    }

    private static Map<String, TagRecord> byName(List<TagRecord> tags) {
        Map<String, TagRecord> byName = new LinkedHashMap<>();
        tags.forEach(t -> byName.putIfAbsent(t.name(), t));
        return byName;
    }

    /** A tag without its rows: what "defined the same" compares. */
    private static TagRecord definition(TagRecord t) {
        return t == null ? null : t.withRows(List.of(), Map.of());
    }

    private static List<String> rowsOf(TagRecord t) {
        return t == null ? List.of() : t.rows();
    }

    private static Map<String, List<String>> rowsByOf(TagRecord t) {
        return t == null ? Map.of() : t.rowsBy();
    }

    /** Each analyst's rows by the three-way rule of {@link #rows}: who marked a row is a yes-or-no too. */
    private static Map<String, List<String>> byAnalyst(
            Map<String, List<String>> base, Map<String, List<String>> ours, Map<String, List<String>> theirs) {
        Set<String> analysts = new TreeSet<>(ours.keySet());
        analysts.addAll(theirs.keySet());
        Map<String, List<String>> merged = new TreeMap<>();
        for (String analyst : analysts) {
            merged.put(
                    analyst,
                    rows(
                            base.getOrDefault(analyst, List.of()),
                            ours.getOrDefault(analyst, List.of()),
                            theirs.getOrDefault(analyst, List.of())));
        }
        return merged;
    }

    /**
     * A set of row ids by the three-way rule, which for a yes-or-no never conflicts: a row is in it when
     * both sides have it, or when one side added it and the other did not remove it. Ours come in their
     * order, with theirs' additions after the row that comes before them in theirs, so rows stay in the data's order.
     */
    private static List<String> rows(List<String> base, List<String> ours, List<String> theirs) {
        Set<String> before = Set.copyOf(base);
        Set<String> mine = Set.copyOf(ours);
        Set<String> others = Set.copyOf(theirs);
        List<String> kept = ours.stream()
                .filter(id -> others.contains(id) || !before.contains(id))
                .toList();
        return interleaved(
                kept,
                theirs.stream()
                        .filter(id -> !mine.contains(id) && !before.contains(id))
                        .collect(Collectors.toSet()),
                theirs);
    }

    /**
     * {@code kept} with each of {@code added} placed after the id that comes before it in {@code theirs}
     * (or first): both lists follow the data's order, and so does the result. Linear in their lengths.
     */
    private static List<String> interleaved(List<String> kept, Set<String> added, List<String> theirs) {
        Set<String> inKept = Set.copyOf(kept);
        Map<String, List<String>> after = new LinkedHashMap<>();
        String previous = null;
        for (String id : theirs) {
            if (added.contains(id)) {
                after.computeIfAbsent(previous, k -> new ArrayList<>()).add(id);
            } else if (inKept.contains(id)) {
                previous = id;
            }
        }
        List<String> merged = new ArrayList<>(after.getOrDefault(null, List.of()));
        for (String id : kept) {
            merged.add(id);
            merged.addAll(after.getOrDefault(id, List.of()));
        }
        return merged;
    }

    private Map<String, String> notes() {
        List<String> theirIds = List.copyOf(theirs.notes().keySet());
        Set<String> added = new LinkedHashSet<>(theirIds);
        added.removeAll(ours.notes().keySet());
        List<String> ids = interleaved(List.copyOf(ours.notes().keySet()), added, theirIds);
        Map<String, String> notes = new LinkedHashMap<>();
        for (String id : ids) {
            String note = pick(
                    "the notes of row " + id,
                    base.notes().get(id),
                    ours.notes().get(id),
                    theirs.notes().get(id));
            if (note != null) {
                notes.put(id, note);
            }
        }
        return notes;
    }
}
