package dev.errata.project;

import dev.errata.tags.TagEdit;
import dev.errata.tags.TagSessionListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every edit the session makes to {@code NAME.errata.journal}, one JSON line each after the
 * {@link JournalHeader} that {@link Project} starts it with, so a crash between saves loses nothing. Each line goes to the operating system in one unbuffered write as the
 * edit happens, which is all a killed process needs: the kernel still writes it out. It is not fsynced
 * per line because that costs milliseconds per key press in review mode and only guards against a power
 * cut or a kernel crash, which the saved project (fsynced) and its backup already bound.
 */
final class Journal implements TagSessionListener, Closeable {

    private final JournalCodec codec;
    private final OutputStream out;

    Journal(Path file, JournalCodec codec) throws IOException {
        this.codec = codec;
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void edited(TagEdit effect, Change change) {
        try {
            out.write((codec.encode(effect) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the edit to the journal", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
