package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.BadInputException;
import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's data starts loading once the file has named it, while the rest of the file is read; what the
 * user learns of a bad file, a bad data file or an older version is what a read one after the other says.
 */
class EarlyDataLoadTest {

    private static final String PROJECT = """
            {"version": 3, "data": {"path": "data.csv"},
             "roles": {"id": "id", "label": "label", "prediction": "pred", "task": "binary", "positive_class": "1"},
             "tags": [{"name": "car noise", "color": "#ff0000", "kind": "hand"}],
             "rows": [{"row": "b", "tags": {"car noise": []}, "at": "1-aaaaaaaaaaaa"}]}
            """;

    @TempDir
    Path folder;

    private final List<ImportRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    private Path project(String json) throws Exception {
        new ProjectFixture(folder);
        Path file = folder.resolve("p.errata.json");
        Files.writeString(file, json);
        return file;
    }

    private LoadedData fixture(ImportRequest request, Progress progress) {
        requests.add(request);
        threads.add(Thread.currentThread().getName());
        ColumnRoles roles = new ColumnRoles("id", "label", "pred", null, null, Task.BINARY, "1");
        return new LoadedData(ProjectFixture.dataset("a", "b", "c"), roles, List.of());
    }

    @Test
    void theDataLoadsOnceOnAThreadOfItsOwnWithTheRolesTheFileGives() throws Exception {
        try (Project opened = new ProjectOpener(this::fixture).open(project(PROJECT), Progress.NONE)) {
            assertThat(opened.session().rows("car noise").toArray()).containsExactly(1);
        }
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).data()).isEqualTo(folder.resolve("data.csv"));
        assertThat(requests.get(0).overrides().label()).isEqualTo("label");
        assertThat(requests.get(0).overrides().positiveClass()).isEqualTo("1");
        assertThat(threads).containsExactly("errata-load");
    }

    /**
     * The tags are read after the data has started to load: a bad tag is refused as ever, and the load,
     * started already, is told to stop. Read one after the other, the loader would never have been called.
     */
    @Test
    void aFileRefusedAfterTheDataStartedLoadingStopsTheLoad() throws Exception {
        List<Boolean> stopped = new CopyOnWriteArrayList<>();
        ProjectOpener opener = new ProjectOpener((request, progress) -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!progress.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            stopped.add(progress.isCancelled());
            return fixture(request, progress);
        });
        Path file = project(PROJECT.replace("\"kind\": \"hand\"}", "\"kind\": \"hand\"}, 5"));

        assertThatThrownBy(() -> opener.open(file, Progress.NONE))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("p.errata.json")
                .hasMessageContaining("tags[1] must be an object with a name");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (stopped.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(stopped).containsExactly(true);
    }

    @Test
    void aDataFileTheLoaderRefusesIsRefusedAsItSaidIt() throws Exception {
        Path file = project(PROJECT);
        ProjectOpener opener = new ProjectOpener((request, progress) -> {
            throw new BadInputException(request.data(), 3, 2, "not a number");
        });

        assertThatThrownBy(() -> opener.open(file, Progress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("data.csv")
                .hasMessageContaining("not a number");
    }

    /** An older file's fields may move in its migration, so its data loads after the whole file is read. */
    @Test
    void anOlderVersionLoadsWhatItsMigratedDocumentNames() throws Exception {
        Path file = project("""
                {"version": 1, "data": {"path": "data.csv"},
                 "roles": {"id": "id", "label": "label", "prediction": "pred", "task": "binary"},
                 "tags": [{"name": "car noise", "color": "#ff0000", "kind": "hand", "rows": ["b"]}],
                 "reviewed": [], "notes": {}}
                """);

        try (Project opened = new ProjectOpener(this::fixture).open(file, Progress.NONE)) {
            assertThat(opened.session().rows("car noise").toArray()).containsExactly(1);
        }
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).overrides().label()).isEqualTo("label");
    }

    /** Fields a hostile file leaves out or gives the wrong shape start nothing early; the full read names them. */
    @Test
    void aFileWhoseDataHasNoPathIsRefusedByTheFullRead() throws Exception {
        for (String data : List.of("{\"1\": 5}", "{\"path\": null}", "{\"path\": 7}")) {
            Path file = project(PROJECT.replace("{\"path\": \"data.csv\"}", data));

            assertThatThrownBy(() -> new ProjectOpener(this::fixture).open(file, Progress.NONE))
                    .as(data)
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining("p.errata.json");
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void aDataFileThatIsNotThereIsNamedAsBefore() throws Exception {
        Path file = project(PROJECT.replace("data.csv", "gone.csv"));

        assertThatThrownBy(() -> new ProjectOpener(this::fixture).open(file, Progress.NONE))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("its data file gone.csv is not there");
        assertThat(requests).isEmpty();
    }
}
