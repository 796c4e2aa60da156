package dev.errata.ui.plots;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Fifty classes with long names that share their start, three rows each (two right, one taken for the next
 * class), and a column of long segment names: labels that crowd any axis they are written on.
 */
public final class ManyClassesProject {

    public static final int CLASSES = 50;

    public final Path projectFile;

    public ManyClassesProject(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,prediction,segment\n");
        int id = 1;
        for (int c = 0; c < CLASSES; c++) {
            for (int copy = 0; copy < 3; copy++) {
                String predicted = name(copy < 2 ? c : (c + 1) % CLASSES);
                csv.append(String.format(
                        Locale.ROOT,
                        "%d,%s,%s,%s%n",
                        id++,
                        name(c),
                        predicted,
                        "\"customers of the northern rural districts, cohort " + (c % 6) + "\""));
            }
        }
        Path data = folder.resolve("many.csv");
        projectFile = folder.resolve("many.errata.json");
        Files.writeString(data, csv);
        new ProjectOpener()
                .create(projectFile, ImportRequest.of(data), Progress.NONE)
                .close();
    }

    private static String name(int c) {
        return String.format(Locale.ROOT, "product_category_%02d", c);
    }
}
