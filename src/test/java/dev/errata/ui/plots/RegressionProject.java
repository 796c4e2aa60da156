package dev.errata.ui.plots;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ten rows of a regression on disk. Residuals (label − prediction): 1, −2, 0, 3, −2, −1, 4, 0, −5, 3; rows
 * 4 and 10 share the point (prediction 37.5, residual 3), no other row is near it.
 */
final class RegressionProject {

    static final String CSV = """
            id,label,prediction,size
            1,10.5,9.5,1
            2,20.5,22.5,2
            3,30.5,30.5,3
            4,40.5,37.5,4
            5,50.5,52.5,5
            6,60.5,61.5,6
            7,70.5,66.5,7
            8,80.5,80.5,8
            9,90.5,95.5,9
            10,40.5,37.5,10
            """;

    final Path projectFile;

    RegressionProject(Path folder) throws IOException {
        Path csv = folder.resolve("fuel.csv");
        projectFile = folder.resolve("fuel.errata.json");
        Files.writeString(csv, CSV);
        try (Project project = new ProjectOpener().create(projectFile, ImportRequest.of(csv), Progress.NONE)) {
            project.save();
        }
    }
}
