package dev.errata.spark;

import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.AtomicFile;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/**
 * A sample drawn on Spark as the desktop opens it: the rows drawn, every column, in a CSV beside a project
 * whose review queue is the draw, its design the whole data's strata.
 */
final class SampleProject {

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private SampleProject() {}

    /**
     * Writes {@code NAME.csv} and {@code NAME.errata.json} into {@code dir}.
     *
     * @return the project file
     * @throws IllegalArgumentException when either file is there already
     */
    static Path write(SampleOnSpark.Drawn drawn, String label, String prediction, Path dir, String name)
            throws IOException {
        Path csv = dir.resolve(name + ".csv");
        Path projectFile = dir.resolve(name + ".errata.json");
        for (Path file : List.of(csv, projectFile)) {
            if (Files.exists(file)) {
                throw new IllegalArgumentException(file + " is there already; choose another --out");
            }
        }
        Files.createDirectories(dir);
        AtomicFile.write(csv, text(drawn).getBytes(StandardCharsets.UTF_8));
        ColumnRoles roles = new ColumnRoles(null, label, prediction, null, null, null, null);
        try (Project project =
                new ProjectOpener().create(projectFile, ImportRequest.of(csv).withOverrides(roles), Progress.NONE)) {
            project.session().setReviewQueue(drawn.queue());
            project.save();
        }
        return projectFile;
    }

    /** The rows as CSV with a header: a missing value an empty cell, every other one as Spark prints it. */
    private static String text(SampleOnSpark.Drawn drawn) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(drawn.columns());
            for (Row r : drawn.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < drawn.columns().size(); i++) {
                    cells.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }
}
