package dev.errata.project;

import dev.errata.project.ProjectDocument.FileRecord;
import dev.errata.project.ProjectDocument.QueueRecord;
import dev.errata.project.ProjectDocument.StratumRecord;
import dev.errata.project.ProjectDocument.TagRecord;
import dev.errata.tags.Analyst;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Merges two analysts' project files over the same data, at the level of the file: no data is loaded,
 * rows are matched by id. {@link #union} joins two projects into a third, keeping each row two analysts
 * disagree on as a disagreement to settle; {@link #threeWay} is git's merge driver for project files.
 */
public final class ProjectMerge {

    /**
     * What a merge did.
     *
     * @param disagreements the ids of the rows both reviewed where a hand tag is on in one and off in the
     *     other: tagged in the result, unreviewed again, and the result's review queue, to settle in review mode
     * @param conflicts what differed and kept the first project's (a tag's definition, a note, the settings), one line each
     */
    public record Outcome(List<String> disagreements, List<String> conflicts) {}

    private ProjectMerge() {}

    /**
     * Writes to {@code out} the union of the reviews, tags and notes of {@code a} and {@code b}.
     *
     * @param overwrite whether {@code out} may be {@code a} or {@code b}
     * @param analysts empty, or who did {@code a}'s and {@code b}'s marks that record no analyst (projects from
     *     before analysts were recorded), so that the result tells whose work each row is
     * @throws ProjectFileException when either is not a project, or they are over different data
     * @throws IllegalArgumentException when {@code out} is {@code a} or {@code b} (by any path or link) and overwrite is not asked,
     *     or analysts are not two valid names
     */
    public static Outcome union(Path a, Path b, Path out, boolean overwrite, List<String> analysts) throws IOException {
        if (!analysts.isEmpty() && analysts.size() != 2) {
            throw new IllegalArgumentException(
                    "name the analysts of the two projects, A's then B's, not " + analysts.size());
        }
        List<String> names = analysts.stream().map(Analyst::require).toList();
        if (!overwrite) {
            for (Path input : List.of(a, b)) {
                if (Files.exists(out) && Files.isSameFile(out, input)) {
                    throw new IllegalArgumentException("will not write " + out + ": it is " + input.getFileName()
                            + ", which the merge reads; name another file, or add --overwrite");
                }
            }
        }
        ProjectDocument firstRead = ProjectJson.read(a.toAbsolutePath());
        ProjectDocument secondRead = ProjectJson.read(b.toAbsolutePath());
        requireSameData(a, firstRead, b, secondRead);
        ProjectDocument first = names.isEmpty() ? firstRead : firstRead.attributedTo(names.get(0));
        ProjectDocument second = names.isEmpty() ? secondRead : secondRead.attributedTo(names.get(1));
        // the same data by its fingerprint, wherever each project lies: its path relative to B is no difference
        ProjectDocument overSameFiles = new ProjectDocument(
                second.version(),
                null,
                null,
                null,
                first.data(),
                first.predictions(),
                second.joinColumn(),
                second.roles(),
                second.settings(),
                second.tags(),
                second.reviewed(),
                second.reviewedBy(),
                second.notes(),
                second.views(),
                second.checks(),
                second.summary(),
                second.reviewQueue(),
                second.models(),
                second.history());
        DocumentMerge.Result merged = DocumentMerge.merge(DocumentMerge.EMPTY, first, overSameFiles);
        List<String> disagreements = disagreements(first, second);
        Set<String> contested = Set.copyOf(disagreements);
        List<String> conflicts = new ArrayList<>(merged.conflicts());
        ProjectDocument doc = merged.merged();
        if (!disagreements.isEmpty() && (first.reviewQueue() != null || second.reviewQueue() != null)) {
            conflicts.add("the review queue is now the " + disagreements.size() + " rows in disagreement");
        }
        Path folder = out.toAbsolutePath().getParent();
        // a contested row is unreviewed until it is settled; who tagged it on stays in its tag
        Map<String, List<String>> reviewedBy = new TreeMap<>();
        doc.reviewedBy()
                .forEach((analyst, ids) -> reviewedBy.put(
                        analyst,
                        ids.stream().filter(id -> !contested.contains(id)).toList()));
        ProjectDocument result = new ProjectDocument(
                ProjectJson.CURRENT_VERSION,
                null,
                null,
                null,
                moved(doc.data(), a, folder),
                moved(doc.predictions(), a, folder),
                doc.joinColumn(),
                doc.roles(),
                doc.settings(),
                doc.tags(),
                doc.reviewed().stream().filter(id -> !contested.contains(id)).toList(),
                reviewedBy,
                doc.notes(),
                doc.views(),
                doc.checks(),
                doc.summary(),
                disagreements.isEmpty() ? doc.reviewQueue() : queue(disagreements),
                doc.models(),
                doc.history());
        write(out, result);
        return new Outcome(disagreements, conflicts);
    }

    /**
     * Git's merge driver: merges {@code theirs} into {@code ours} against their common {@code base}, row by
     * row, and writes the result over {@code ours}. Two analysts who tagged or reviewed different rows never
     * conflict, however close the rows lie in the file.
     *
     * @param base empty when both sides added the file
     * @return what both sides changed differently (ours kept); empty for a clean merge
     */
    public static List<String> threeWay(Path base, Path ours, Path theirs) throws IOException {
        ProjectDocument common = Files.size(base) == 0 ? DocumentMerge.EMPTY : ProjectJson.read(base.toAbsolutePath());
        DocumentMerge.Result merged = DocumentMerge.merge(
                common, ProjectJson.read(ours.toAbsolutePath()), ProjectJson.read(theirs.toAbsolutePath()));
        write(ours, merged.merged());
        return merged.conflicts();
    }

    private static void write(Path out, ProjectDocument doc) throws IOException {
        byte[] json = ProjectJson.write(doc);
        ProjectJson.requireReadable(json);
        AtomicFile.replace(Disk.LOCAL, out.toAbsolutePath(), json, null);
    }

    static void requireSameData(Path a, ProjectDocument first, Path b, ProjectDocument second) {
        if (!sameFile(first.data(), second.data()) || !sameFile(first.predictions(), second.predictions())) {
            throw new ProjectFileException(
                    b,
                    "is over other data than " + a.getFileName() + " (its data file's size and SHA-256 differ: "
                            + print(second.data()) + " against " + print(first.data())
                            + "); only projects over the same data merge");
        }
    }

    private static boolean sameFile(FileRecord one, FileRecord other) {
        return one == null
                ? other == null
                : other != null
                        && one.sha256() != null
                        && Objects.equals(one.size(), other.size())
                        && one.sha256().equals(other.sha256());
    }

    private static String print(FileRecord file) {
        return file == null || file.sha256() == null
                ? "none recorded"
                : file.size() + " bytes, " + file.sha256().substring(0, 12) + "…";
    }

    /** The rows both reviewed where a hand tag of one name is on in one project and off in the other. */
    static List<String> disagreements(ProjectDocument first, ProjectDocument second) {
        Set<String> both = new LinkedHashSet<>(first.reviewed());
        both.retainAll(Set.copyOf(second.reviewed()));
        Map<String, Set<String>> mine = handRows(first);
        Map<String, Set<String>> others = handRows(second);
        Set<String> contested = new LinkedHashSet<>();
        for (String id : both) {
            for (Map.Entry<String, Set<String>> tag : mine.entrySet()) {
                Set<String> other = others.get(tag.getKey());
                if (other != null && tag.getValue().contains(id) != other.contains(id)) {
                    contested.add(id);
                }
            }
        }
        return List.copyOf(contested);
    }

    static Map<String, Set<String>> handRows(ProjectDocument doc) {
        return doc.tags().stream()
                .filter(t -> "hand".equals(t.kind()))
                .collect(Collectors.toMap(TagRecord::name, t -> Set.copyOf(t.rows()), (x, y) -> x));
    }

    /** A data path relative to the first project's folder, made relative to the result's. */
    private static FileRecord moved(FileRecord file, Path from, Path folder) {
        if (file == null) {
            return null;
        }
        Path absolute = from.toAbsolutePath().getParent().resolve(file.path()).normalize();
        return new FileRecord(
                folder.relativize(absolute).toString().replace(File.separatorChar, '/'), file.size(), file.sha256());
    }

    /** The rows in disagreement as the queue review mode walks. */
    private static QueueRecord queue(List<String> rows) {
        return new QueueRecord(
                0,
                rows.size(),
                0,
                null,
                List.of(new StratumRecord("disagreements", true, rows.size(), rows.size(), 1.0)),
                rows,
                false,
                Map.of());
    }
}
