package dev.errata.ui;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A test's CSV written to a folder with its project beside it, as an import makes it, saved after the test's tagging. */
public final class ProjectOnDisk {

    private ProjectOnDisk() {}

    /** Writes {@code STEM.csv} and {@code STEM.errata.json}; returns the project file. */
    /**
     * A project of a wide file: id, label and prediction, then {@code features} text columns; row r (from 1)
     * has label 1, prediction r mod 2 and the value {@code v<r>_<i>} in feature i.
     */
    public static Path wide(Path folder, int features, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,prediction");
        for (int i = 0; i < features; i++) {
            csv.append(",feature_").append(i);
        }
        csv.append('\n');
        for (int row = 1; row <= rows; row++) {
            csv.append(row).append(",1,").append(row % 2);
            for (int i = 0; i < features; i++) {
                csv.append(",v").append(row).append('_').append(i);
            }
            csv.append('\n');
        }
        return create(folder, "wide", csv.toString(), session -> {});
    }

    public static Path create(Path folder, String stem, String csv, Consumer<TagSession> tagging) throws IOException {
        Path data = folder.resolve(stem + ".csv");
        Path projectFile = folder.resolve(stem + ".errata.json");
        Files.writeString(data, csv);
        try (Project project = new ProjectOpener().create(projectFile, ImportRequest.of(data), Progress.NONE)) {
            tagging.accept(project.session());
            project.save();
        }
        return projectFile;
    }
}
