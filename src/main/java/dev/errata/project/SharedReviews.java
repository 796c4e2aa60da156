package dev.errata.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows two or more analysts' projects over the same data reviewed, and each one's answer for each
 * hand tag all the projects have: what their agreement is measured on. Read from the files, matched by
 * row id; no data is loaded.
 *
 * @param rows the ids of the rows two or more reviewed, in the order the projects list them, the first's first
 * @param tags each hand tag of all of them, in the first project's order
 */
public record SharedReviews(List<String> rows, List<Answers> tags) {

    /**
     * One hand tag's answers.
     *
     * @param answers per row of {@link #rows}, per project: whether the tag is on, or null where that
     *     project did not review the row
     */
    public record Answers(String tag, Boolean[][] answers) {}

    /**
     * @param projects two or more, the first the one the others are compared with for their data
     * @throws ProjectFileException when one is not a project, or they are over different data
     */
    public static SharedReviews of(List<Path> projects) throws IOException {
        List<ProjectDocument> docs = new ArrayList<>();
        for (Path project : projects) {
            ProjectDocument doc = ProjectJson.read(project.toAbsolutePath());
            if (!docs.isEmpty()) {
                ProjectMerge.requireSameData(projects.get(0), docs.get(0), project, doc);
            }
            docs.add(doc);
        }
        List<Set<String>> reviewed =
                docs.stream().map(d -> Set.copyOf(d.reviewed())).toList();
        Map<String, Integer> reviewers = new HashMap<>();
        Set<String> ordered = new LinkedHashSet<>();
        for (ProjectDocument doc : docs) {
            doc.reviewed().forEach(id -> reviewers.merge(id, 1, Integer::sum));
            ordered.addAll(doc.reviewed());
        }
        List<String> rows =
                ordered.stream().filter(id -> reviewers.get(id) >= 2).toList();
        List<Map<String, Set<String>>> handRows =
                docs.stream().map(ProjectMerge::handRows).toList();
        List<Answers> tags = new ArrayList<>();
        for (ProjectDocument.TagRecord tag : docs.get(0).tags()) {
            if (handRows.stream().allMatch(h -> h.containsKey(tag.name()))) {
                Boolean[][] answers = new Boolean[rows.size()][docs.size()];
                for (int i = 0; i < rows.size(); i++) {
                    for (int p = 0; p < docs.size(); p++) {
                        String id = rows.get(i);
                        answers[i][p] = reviewed.get(p).contains(id)
                                ? handRows.get(p).get(tag.name()).contains(id)
                                : null;
                    }
                }
                tags.add(new Answers(tag.name(), answers));
            }
        }
        return new SharedReviews(rows, tags);
    }
}
