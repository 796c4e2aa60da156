package dev.errata.project;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * A project of 200,000 rows with a third of them tagged and half reviewed, so that a save takes
 * milliseconds and a kill can land inside one, and a numbered sequence of edits that a killed process
 * and the test that checks on it both apply, so the test knows what the file must hold after edit k.
 * The rows are generated rather than imported: what is under test is the save and the journal.
 */
final class LargeProject {

    static final int ROWS = 200_000;

    private static final Dataset DATASET = generate();

    final Path projectFile;
    private final Path data;

    LargeProject(Path folder) {
        projectFile = folder.resolve("big.errata.json");
        data = folder.resolve("big.csv");
    }

    private static Dataset generate() {
        double[] labels = new double[ROWS];
        double[] predictions = new double[ROWS];
        for (int row = 0; row < ROWS; row++) {
            labels[row] = row % 2;
            predictions[row] = row % 3 == 0 ? 1 - labels[row] : labels[row];
        }
        return new DatasetBuilder("big.csv")
                .numeric("label", labels)
                .numeric("pred", predictions)
                .build();
    }

    static Dataset dataset() {
        return DATASET;
    }

    ProjectOpener opener() {
        ColumnRoles roles = new ColumnRoles(null, "label", "pred", null, null, Task.BINARY, "1");
        return new ProjectOpener((request, progress) -> new LoadedData(DATASET, roles, List.of()));
    }

    /** Creates the project with its saved work: the state before edit 1. */
    void create() throws IOException {
        Files.writeString(data, "label,pred\n");
        try (Project p = opener().create(projectFile, ImportRequest.of(data), Progress.NONE)) {
            TagSession s = p.session();
            s.createTag(TagDefinition.hand("bulk", "#ff0000"));
            s.createTag(TagDefinition.hand("picked", "#00ff00"));
            s.setTag("bulk", every(3), true);
            s.setReviewed(every(2), true);
            p.save();
        }
    }

    private static RoaringBitmap every(int n) {
        RoaringBitmap rows = new RoaringBitmap();
        for (int row = 0; row < ROWS; row += n) {
            rows.add(row);
        }
        return rows;
    }

    Project open() throws IOException {
        return opener().open(projectFile, Progress.NONE);
    }

    /**
     * Edit number k (from 1): exactly one session edit, hence one journal line, each on a row of its own
     * (7919 is prime to the row count), of the four kinds an analyst makes most.
     */
    static void edit(TagSession s, int k) {
        int row = (int) ((long) k * 7919 % ROWS);
        RoaringBitmap one = RoaringBitmap.bitmapOf(row);
        switch (k % 4) {
            case 0 -> s.setTag("picked", one, true);
            case 1 -> s.setReviewed(one, !s.isReviewed(row));
            case 2 -> s.setNote(row, "edit " + k);
            default -> s.setTag("bulk", one, !s.rows("bulk").contains(row));
        }
    }
}
