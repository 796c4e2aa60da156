package dev.errata.ui.plots;

import dev.errata.ui.ProjectOnDisk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Ten rows of a regression on disk. Residuals (label − prediction): 1, −2, 0, 3, −2, −1, 4, 0, −5, 3; rows
 * 4 and 10 share the point (prediction 37.5, residual 3), no other row is near it.
 */
public final class RegressionProject {

    public static final String CSV = """
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

    public final Path projectFile;

    public RegressionProject(Path folder) throws IOException {
        projectFile = ProjectOnDisk.create(folder, "fuel", CSV, session -> {});
    }

    /** The rows (0-based) of {@link #CSV} whose |label − prediction| is above the tolerance. */
    public static RoaringBitmap errorsAbove(double tolerance) {
        RoaringBitmap errors = new RoaringBitmap();
        List<String> lines = CSV.strip().lines().skip(1).toList();
        for (int row = 0; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",");
            if (Math.abs(Double.parseDouble(cells[1]) - Double.parseDouble(cells[2])) > tolerance) {
                errors.add(row);
            }
        }
        return errors;
    }
}
