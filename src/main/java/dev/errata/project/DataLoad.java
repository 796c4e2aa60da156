package dev.errata.project;

import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A project's data loading on a thread of its own, and its files' fingerprints on another: for an open,
 * started as soon as the project file names the data, while the rest of the file is read, and joined once
 * it is. The fingerprints are hashed while the parser reads, or later, as the {@link DataCheck} says.
 */
final class DataLoad {

    private final ImportRequest request;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final CompletableFuture<LoadedData> loaded;
    private final DataFiles files;

    private DataLoad(ImportRequest request, ProjectOpener.DataLoader loader, Progress progress, DataCheck check) {
        this.request = request;
        Progress unlessDropped = new Progress() {
            @Override
            public void update(double fractionDone) {
                progress.update(fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return dropped.get() || progress.isCancelled();
            }
        };
        loaded = CompletableFuture.supplyAsync(
                () -> loader.load(request, unlessDropped), work -> onItsOwnThread(work, "errata-load"));
        // the paths as the project records them, absolute: a new project's request may name them relatively
        Path data = request.data().toAbsolutePath();
        Path predictions =
                request.predictions() == null ? null : request.predictions().toAbsolutePath();
        files = new DataFiles(data, predictions, request.joinColumn(), new FileFingerprints(data, predictions));
        if (check == DataCheck.WITH_OPEN) {
            // the hash reads the file while the parser does, on the core the parser's sequential steps leave idle
            files.prints().start();
        }
    }

    static DataLoad start(ImportRequest request, ProjectOpener.DataLoader loader, Progress progress, DataCheck check) {
        return new DataLoad(request, loader, progress, check);
    }

    ImportRequest request() {
        return request;
    }

    /** Stops the load at its next check of the progress; its result, or its failure, is not asked for. */
    void drop() {
        dropped.set(true);
    }

    /** The loaded data, or the load's own failure. */
    LoadedData data() throws IOException {
        return joined(loaded);
    }

    /** The files, whose fingerprints are hashed at once or when first asked for, as the check says. */
    DataFiles files() {
        return files;
    }

    /** The future's value, or its own failure as it was thrown. */
    static <T> T joined(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Not the common pool: the parser splits its work over that pool, and a hash there would hold up a block. */
    static void onItsOwnThread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
