package dev.errata.project;

import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project file as Jackson reads and writes it (field names in lower_snake_case). Rows are keyed by
 * row id so the file survives re-sorting and re-loading; paths are relative to the project file.
 *
 * @param saveId the id of this version of the file, which the journal's header names to say that its edits apply to it: in version 2
 *     the hash of the file's bytes, in version 1 a field of the file; null in files written before save ids, whose journals have no header
 * @param previousSaveId the save id of the file this save replaced: a journal that continues it holds
 *     only edits this file already has; from version 2 kept beside the file with the next field ({@link LastSave})
 * @param journalEditsHeld how many edits of the journal that continued the previous save this file holds;
 *     edits after them were made while it was being written. Null in files written before it: all of them
 * @param predictions the separate predictions file, or null when {@code data} holds the predictions
 * @param joinColumn the id column joining {@code predictions} to {@code data}, or null for the detected one
 * @param reviewed the ids of the reviewed rows
 * @param reviewedBy each analyst's reviewed rows by id; missing in files written before analysts were recorded
 * @param notes each annotated row's note, by row id
 * @param reviewQueue the review sample drawn and its design; null when none was drawn
 * @param models the models whose predictions the data holds, each named, the first the one the roles name;
 *     empty for a project of one model, missing in files written before models were named
 * @param history what each version of the model measured when it was added, oldest first; it keeps the
 *     versions whose columns are gone
 */
record ProjectDocument(
        int version,
        String saveId,
        String previousSaveId,
        Integer journalEditsHeld,
        FileRecord data,
        FileRecord predictions,
        String joinColumn,
        RolesRecord roles,
        ProjectSettings settings,
        List<TagRecord> tags,
        List<String> reviewed,
        Map<String, List<String>> reviewedBy,
        Map<String, String> notes,
        List<SavedView> views,
        List<String> checks,
        String summary,
        QueueRecord reviewQueue,
        List<Model> models,
        List<ModelVersion> history) {

    ProjectDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
        reviewed = reviewed == null ? List.of() : List.copyOf(reviewed);
        reviewedBy = byAnalyst(reviewedBy);
        notes = notes == null ? Map.of() : new LinkedHashMap<>(notes);
        views = views == null ? List.of() : List.copyOf(views);
        checks = checks == null ? List.of() : List.copyOf(checks);
        summary = summary == null ? "" : summary;
        settings = settings == null ? ProjectSettings.DEFAULT : settings;
        models = models == null ? List.of() : List.copyOf(models);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The document without what its line lists hold (tags, and the rows' marks and notes), to write the rest. */
    ProjectDocument withoutLines() {
        return withMarks(List.of(), List.of(), Map.of(), Map.of());
    }

    /**
     * The document with its marks no one is recorded for (from before analysts were recorded) attributed to
     * {@code analyst}: its reviewed rows and each hand tag's rows.
     */
    ProjectDocument attributedTo(String analyst) {
        List<TagRecord> attributed = tags.stream()
                .map(t ->
                        "hand".equals(t.kind()) ? t.withRows(t.rows(), withNobodys(t.rows(), t.rowsBy(), analyst)) : t)
                .toList();
        return withMarks(attributed, reviewed, withNobodys(reviewed, reviewedBy, analyst), notes);
    }

    private ProjectDocument withMarks(
            List<TagRecord> tags,
            List<String> reviewed,
            Map<String, List<String>> reviewedBy,
            Map<String, String> notes) {
        return new ProjectDocument(
                version,
                saveId,
                previousSaveId,
                journalEditsHeld,
                data,
                predictions,
                joinColumn,
                roles,
                settings,
                tags,
                reviewed,
                reviewedBy,
                notes,
                views,
                checks,
                summary,
                reviewQueue,
                models,
                history);
    }

    /** Each analyst's rows, with the rows of {@code marked} no one has given to {@code analyst}. */
    private static Map<String, List<String>> withNobodys(
            List<String> marked, Map<String, List<String>> byAnalyst, String analyst) {
        Set<String> someones = new HashSet<>();
        byAnalyst.values().forEach(someones::addAll);
        List<String> nobodys =
                marked.stream().filter(id -> !someones.contains(id)).toList();
        Map<String, List<String>> attributed = new TreeMap<>(byAnalyst);
        if (!nobodys.isEmpty()) {
            Set<String> theirs = new HashSet<>(attributed.getOrDefault(analyst, List.of()));
            theirs.addAll(nobodys);
            // in the order of the marks, which is the data's
            attributed.put(analyst, marked.stream().filter(theirs::contains).toList());
        }
        return attributed;
    }

    /** Analysts in the order of their names, so that a file lists them alike at every save. */
    static Map<String, List<String>> byAnalyst(Map<String, List<String>> rows) {
        Map<String, List<String>> sorted = new TreeMap<>();
        if (rows != null) {
            rows.forEach((analyst, ids) -> {
                if (!ids.isEmpty()) {
                    sorted.put(analyst, List.copyOf(ids));
                }
            });
        }
        return Collections.unmodifiableMap(sorted);
    }

    /**
     * A data file as it was when the project was saved; size and hash tell whether it changed since.
     *
     * @param size null in files migrated from version 0, which did not record it
     */
    record FileRecord(String path, Long size, String sha256) {}

    /**
     * A review queue: the draw's design and its rows' ids in review order.
     *
     * @param strata each stratum's rows in the data, rows drawn and so each row's inclusion chance
     * @param shares each analyst's rows by id when the queue is split; missing in files before splits
     */
    record QueueRecord(
            long seed,
            int errors,
            int correct,
            String strataColumn,
            List<StratumRecord> strata,
            List<String> rows,
            boolean excludePicked,
            Map<String, List<String>> shares) {

        QueueRecord {
            strata = strata == null ? List.of() : List.copyOf(strata);
            rows = rows == null ? List.of() : List.copyOf(rows);
            shares = byAnalyst(shares);
        }
    }

    /** @param inclusionChance drawn ÷ population, written for the reader; recomputed on reading */
    record StratumRecord(String name, boolean errors, long population, int drawn, double inclusionChance) {}

    record RolesRecord(
            String id,
            String label,
            String prediction,
            String score,
            Map<String, String> classScores,
            String task,
            String positiveClass) {}

    /**
     * A tag definition with, for hand tags, the ids of its rows.
     *
     * @param rowsBy each analyst's rows of a hand tag by id; missing in files written before analysts were recorded
     */
    record TagRecord(
            String name,
            String color,
            String kind,
            String rule,
            String sourceColumn,
            Double baseline,
            Integer ease,
            Integer importance,
            String description,
            Integer shortcut,
            List<String> rows,
            Map<String, List<String>> rowsBy) {

        TagRecord {
            rows = rows == null ? List.of() : List.copyOf(rows);
            rowsBy = byAnalyst(rowsBy);
        }

        /** The same definition with other rows. */
        TagRecord withRows(List<String> newRows, Map<String, List<String>> newRowsBy) {
            return new TagRecord(
                    name,
                    color,
                    kind,
                    rule,
                    sourceColumn,
                    baseline,
                    ease,
                    importance,
                    description,
                    shortcut,
                    newRows,
                    newRowsBy);
        }
    }
}
