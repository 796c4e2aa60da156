package dev.errata.project;

import dev.errata.tags.TagEdit;
import dev.errata.tags.TagSessionListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

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

    private final Disk disk;
    private final JournalCodec codec;
    private Path file;
    private OutputStream out;
    /** The file the stream writes to, to notice that the name no longer leads to it. */
    private Object identity;

    private int edits;
    /** Why the journal stopped taking edits (a full disk, a removed drive); null while it works. */
    private IOException broken;
    /** Edits made since the journal broke, kept only in memory. */
    private int missed;

    /** Appends to a journal that already holds {@code edits} edit lines after its header. */
    Journal(Disk disk, Path file, JournalCodec codec, int edits) throws IOException {
        this.disk = disk;
        this.codec = codec;
        this.file = file;
        this.edits = edits;
        this.out = disk.append(file);
        this.identity = identity(file);
    }

    /**
     * Writes the edit. A write that fails breaks the journal: later edits are not written either, since
     * replaying them without the one lost would give a state the user never had; they stay in memory, the
     * project says why ({@link #problem}), and the next save that holds them all mends it.
     */
    @Override
    public synchronized void edited(TagEdit effect, Change change) {
        if (broken != null) {
            missed++;
            return;
        }
        try {
            out.write((codec.encode(effect) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // appending to a file whose folder was deleted or unmounted still works on Linux, into a file
            // that no open will find; a look at the name after each edit tells it (a stat, microseconds)
            if (!identity.equals(identity(file))) {
                throw new IOException("it is gone: it, or its folder, was replaced");
            }
            edits++;
        } catch (IOException e) {
            broken = e;
            missed++;
        }
    }

    /** How far the journal got, taken with a save's snapshot so the save can say which edits it holds. */
    record Mark(int edits, int missed) {}

    synchronized Mark mark() {
        return new Mark(edits, missed);
    }

    /** Why edits are no longer written, if they are not. */
    synchronized Optional<IOException> problem() {
        return Optional.ofNullable(broken);
    }

    /**
     * After a save that holds this journal's first {@code held} edits: the journal (at {@code target}, which
     * differs after Save As) continues the new save with the edits made while it was written, replaced in
     * one atomic step so it always starts with a whole header.
     */
    synchronized void continueSave(Path target, String saveId, Mark held) throws IOException {
        List<byte[]> later = later(held);
        out.close();
        try {
            AtomicFile.replace(disk, target, JournalLines.journal(saveId, later), null);
        } catch (IOException e) {
            // the old journal stays whole and goes on taking edits, which the next open replays after the held ones
            out = disk.append(file);
            throw e;
        }
        file = target;
        edits = later.size();
        out = disk.append(file);
        identity = identity(file);
        if (missed == held.missed()) {
            // the save holds every edit the journal missed, and the new journal is written
            broken = null;
            missed = 0;
        }
    }

    /** The edit lines after the first {@code held}, which the save does not hold; none from a journal that is gone. */
    private List<byte[]> later(Mark held) throws IOException {
        List<byte[]> lines;
        try {
            lines = JournalLines.read(file);
        } catch (IOException e) {
            if (broken == null) {
                throw e;
            }
            // the edits since it broke are missed ones, which the save holds or the next one will
            return List.of();
        }
        return lines.subList(Math.min(held.edits(), lines.size()), lines.size());
    }

    /** What tells the file apart from another of the same name: its inode where the system has them. */
    private static Object identity(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new IOException("it is gone: it, or its folder, was removed or unmounted", e);
        }
        return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
