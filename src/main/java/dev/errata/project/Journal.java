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
import java.util.List;

/**
 * Appends every edit the session makes to {@code NAME.errata.journal}, one JSON line each after the
 * {@link JournalHeader} that {@link Project} starts it with, so a crash between saves loses nothing. Each
 * line goes to the operating system in one unbuffered write as the edit happens, which is all a killed
 * process needs: the kernel still writes it out. It is not fsynced per line because that costs
 * milliseconds per key press in review mode and only guards against a power cut or a kernel crash, which
 * the saved project (fsynced) and its backup already bound.
 *
 * <p>Edits go on while a save writes on another thread; the journal counts its edit lines so the save
 * can record how many it holds, and afterwards keeps only the ones that came later.
 */
final class Journal implements TagSessionListener, Closeable {

    private final JournalCodec codec;
    private Path file;
    private OutputStream out;
    private int edits;

    /** Appends to a journal that already holds {@code edits} edit lines after its header. */
    Journal(Path file, JournalCodec codec, int edits) throws IOException {
        this.codec = codec;
        this.file = file;
        this.edits = edits;
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public synchronized void edited(TagEdit effect, Change change) {
        try {
            out.write((codec.encode(effect) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            edits++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the edit to the journal", e);
        }
    }

    /** How many edits the journal holds, so a save can say how many of them it contains. */
    synchronized int edits() {
        return edits;
    }

    /**
     * After a save that holds this journal's first {@code held} edits: the journal (at {@code target}, which
     * differs after Save As) continues the new save with the edits made while it was written, replaced in
     * one atomic step so it always starts with a whole header.
     */
    synchronized void continueSave(Disk disk, Path target, String saveId, int held) throws IOException {
        List<byte[]> lines = JournalLines.read(file);
        List<byte[]> later = lines.subList(Math.min(held, lines.size()), lines.size());
        out.close();
        try {
            AtomicFile.replace(disk, target, JournalLines.journal(saveId, later), null);
        } catch (IOException e) {
            // the old journal stays whole and goes on taking edits, which the next open replays after the held ones
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            throw e;
        }
        file = target;
        edits = later.size();
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
