package dev.errata.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows two analysts' projects over the same data both reviewed, and each one's answer for each hand
 * tag both projects have: what their agreement is measured on. Read from the files, matched by row id;
 * no data is loaded.
 *
 * @param rows the ids of the rows both reviewed, in the first project's order
 * @param tags each hand tag of both, in the first project's order
 */
public record BothReviewed(List<String> rows, List<Answers> tags) {

    /** One hand tag's yes-or-no per row of {@link #rows}: on in the first project, on in the second. */
    public record Answers(String tag, boolean[] first, boolean[] second) {}

    /** @throws ProjectFileException when either is not a project, or they are over different data */
    public static BothReviewed of(Path a, Path b) throws IOException {
        ProjectDocument first = ProjectJson.read(a.toAbsolutePath());
        ProjectDocument second = ProjectJson.read(b.toAbsolutePath());
        ProjectMerge.requireSameData(a, first, b, second);
        Set<String> both = new LinkedHashSet<>(first.reviewed());
        both.retainAll(Set.copyOf(second.reviewed()));
        List<String> rows = List.copyOf(both);
        Map<String, Set<String>> mine = ProjectMerge.handRows(first);
        Map<String, Set<String>> others = ProjectMerge.handRows(second);
        List<Answers> tags = new ArrayList<>();
        for (ProjectDocument.TagRecord tag : first.tags()) {
            Set<String> own = mine.get(tag.name());
            Set<String> other = others.get(tag.name());
            if (own != null && other != null) {
                boolean[] yes = new boolean[rows.size()];
                boolean[] theirs = new boolean[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    yes[i] = own.contains(rows.get(i));
                    theirs[i] = other.contains(rows.get(i));
                }
                tags.add(new Answers(tag.name(), yes, theirs));
            }
        }
        return new BothReviewed(rows, tags);
    }
}
