package dev.errata.cli;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project {@code eval.errata.json} made in a folder from a CSV's text, saved as {@code eval.csv} beside it. */
final class EvalProject {

    private EvalProject() {}

    /** The new project, open: the caller adds its work, saves and closes it. */
    static Project create(Path dir, String csv) throws IOException {
        Path data = Files.writeString(dir.resolve("eval.csv"), csv);
        return new ProjectOpener().create(dir.resolve("eval.errata.json"), ImportRequest.of(data), Progress.NONE);
    }
}
