package dev.errata.project;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The local disk with one fault at a chosen step: a full disk, which fails that step and lets the later
 * ones work, or a kill, after which no step reaches the disk any more because the process is gone. A
 * write that fails gets the first half of its bytes to the disk, as a write cut short would. Or a folder
 * the user may only read, where every step that writes is refused.
 */
final class FaultyDisk implements Disk {

    /** The steps of a {@link Disk}, to say where the fault strikes. */
    enum Step {
        CREATE_TEMP,
        WRITE,
        FORCE,
        COPY,
        RENAME,
        DELETE,
        FORCE_FOLDER,
        APPEND
    }

    /** Thrown where the process dies: an Error, so that no handler for failed saves treats it as one. */
    static final class Killed extends Error {

        Killed(Step step, Path file) {
            super("killed at " + step + " " + file.getFileName());
        }
    }

    private Step step;
    private String fileName;
    private boolean kill;
    private boolean dead;
    private Path readOnly;

    /** Refuses every step that writes in {@code folder} from now on, as a folder without write permission does. */
    void refuseWrites(Path folder) {
        readOnly = folder.toAbsolutePath();
    }

    /** Kills the process at the next {@code step} on a file whose name starts with {@code fileName}. */
    void killAt(Step step, String fileName) {
        arm(step, fileName, true);
    }

    /** Fails the next {@code step} on a file whose name starts with {@code fileName} for lack of space. */
    void fillUpAt(Step step, String fileName) {
        arm(step, fileName, false);
    }

    private void arm(Step at, String name, boolean kills) {
        step = at;
        fileName = name;
        kill = kills;
    }

    @Override
    public Path createTempBeside(Path file) throws IOException {
        pass(Step.CREATE_TEMP, file);
        return Disk.LOCAL.createTempBeside(file);
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        if (strikes(Step.WRITE, file)) {
            Disk.LOCAL.write(file, Arrays.copyOf(content, content.length / 2));
            fail(Step.WRITE, file);
        }
        Disk.LOCAL.write(file, content);
    }

    @Override
    public void force(Path file) throws IOException {
        pass(Step.FORCE, file);
        Disk.LOCAL.force(file);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        pass(Step.COPY, to);
        Disk.LOCAL.copy(from, to);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        pass(Step.RENAME, to);
        Disk.LOCAL.rename(from, to);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        pass(Step.DELETE, file);
        Disk.LOCAL.deleteIfExists(file);
    }

    /** Each write to the stream is a step of its own, so a disk can fill up in the middle of a session. */
    @Override
    public OutputStream append(Path file) throws IOException {
        OutputStream local = Disk.LOCAL.append(file);
        return new FilterOutputStream(local) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                pass(Step.APPEND, file);
                local.write(bytes, offset, length);
            }
        };
    }

    /** Only a kill can strike here: the local disk ignores a folder it cannot force. */
    @Override
    public void forceFolder(Path folder) {
        if (dead || step == Step.FORCE_FOLDER && folder.getFileName().toString().startsWith(fileName)) {
            dead = true;
            throw new Killed(Step.FORCE_FOLDER, folder);
        }
        Disk.LOCAL.forceFolder(folder);
    }

    private void pass(Step at, Path file) throws IOException {
        if (strikes(at, file)) {
            fail(at, file);
        }
    }

    private boolean strikes(Step at, Path file) throws AccessDeniedException {
        if (dead) {
            throw new Killed(at, file);
        }
        if (readOnly != null && readOnly.equals(file.toAbsolutePath().getParent()) && at != Step.FORCE) {
            throw new AccessDeniedException(file.toString());
        }
        boolean here = at == step && file.getFileName().toString().startsWith(fileName);
        if (here) {
            step = null;
            dead = kill;
        }
        return here;
    }

    private void fail(Step at, Path file) throws IOException {
        if (dead) {
            throw new Killed(at, file);
        }
        throw new IOException("No space left on device");
    }
}
