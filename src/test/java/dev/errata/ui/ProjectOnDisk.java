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
