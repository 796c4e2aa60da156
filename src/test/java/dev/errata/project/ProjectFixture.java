package dev.errata.project;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A data file on disk and a loader that hands back a fixed dataset for it, so tests need no CSV importer. */
final class ProjectFixture {

    final Path folder;
    final Path csv;
    final Path projectFile;
    Dataset dataset = dataset("a", "b", "c", "d", "e");
    ImportRequest lastRequest;

    ProjectFixture(Path folder) throws IOException {
        this.folder = folder;
        this.csv = folder.resolve("data.csv");
        this.projectFile = folder.resolve("churn.errata.json");
        Files.writeString(csv, "id,label,pred\na,1,1\nb,0,1\nc,1,1\nd,0,0\ne,1,0\n");
    }

    static Dataset dataset(String... ids) {
        double[] labels = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            labels[i] = i % 2;
        }
        return new DatasetBuilder("data.csv")
                .categorical("id", ids)
                .numeric("label", labels)
                .numeric("pred", labels)
                .idColumn("id")
                .build();
    }

    ProjectOpener opener() {
        return opener(Disk.LOCAL);
    }

    ProjectOpener opener(Disk disk) {
        return new ProjectOpener(this::load, disk);
    }

    private LoadedData load(ImportRequest request, Progress progress) {
        lastRequest = request;
        ColumnRoles roles = new ColumnRoles("id", "label", "pred", null, null, Task.BINARY, "1");
        return new LoadedData(dataset, roles, List.of());
    }

    Project create() throws IOException {
        return create(Disk.LOCAL);
    }

    /** A new project that saves through {@code disk}. */
    Project create(Disk disk) throws IOException {
        return opener(disk).create(projectFile, ImportRequest.of(csv), Progress.NONE);
    }

    Project open() throws IOException {
        return opener().open(projectFile, Progress.NONE);
    }
}
