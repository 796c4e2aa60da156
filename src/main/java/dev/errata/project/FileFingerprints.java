package dev.errata.project;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fingerprints of a project's data files, hashed once on a thread of their own: at once, while the parser
 * reads the same file, or when first asked for. A window asks once its first frames are drawn: hashing a file
 * of 250 MB takes a core a quarter of a second, which the first open of a file needs for parsing and styling.
 */
final class FileFingerprints {

    /** The data file's fingerprint, and the separate predictions file's (null without one). */
    private record Prints(FileFingerprint data, FileFingerprint predictions) {}

    private final Path data;
    private final Path predictions;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;
    private final CompletableFuture<Prints> prints = new CompletableFuture<>();

    /** @param predictions null when the data file holds the predictions */
    FileFingerprints(Path data, Path predictions) {
        this.data = data;
        this.predictions = predictions;
    }

    /** Starts hashing, unless it has started. */
    void start() {
        if (started.compareAndSet(false, true)) {
            DataLoad.onItsOwnThread(
                    () -> {
                        try {
                            prints.complete(new Prints(of(data), predictions == null ? null : of(predictions)));
                        } catch (IOException | RuntimeException e) {
                            prints.completeExceptionally(e);
                        }
                    },
                    "errata-fingerprint");
        }
    }

    /**
     * Stops a hash under way, and any not yet started: its project was closed, so nothing will ask for it.
     * Asking after that fails with a {@link dev.errata.data.CancelledException}.
     */
    void stop() {
        stopped = true;
    }

    /** @throws IOException naming the file that could not be read */
    FileFingerprint data() throws IOException {
        return joined().data();
    }

    /** Null without a separate predictions file. */
    FileFingerprint predictions() throws IOException {
        return joined().predictions();
    }

    private Prints joined() throws IOException {
        start();
        return DataLoad.joined(prints);
    }

    private FileFingerprint of(Path file) throws IOException {
        try {
            return FileFingerprint.of(file, () -> stopped);
        } catch (IOException e) {
            throw new IOException(
                    "cannot read " + file + " to tell whether it changed ("
                            + (e instanceof NoSuchFileException ? "it is not there" : e.getMessage()) + ")",
                    e);
        }
    }
}
