package dev.errata.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a torn
 * file: write a temporary file beside it, force it to disk, keep a backup of the old one, then rename
 * the temporary file over the target in one atomic step.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param backup where to copy the old file first, or null for no backup
     * @param tempStream wraps the temporary file's stream; tests use it to fail half-way through a save
     */
    static void replace(Path target, byte[] content, Path backup, UnaryOperator<OutputStream> tempStream) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = tempStream.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            if (backup != null && Files.exists(target)) {
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(folder);
    }

    /** Makes the rename itself durable; some platforms (Windows) cannot open a folder, and lose nothing by it. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the file's content is already on disk; only the rename might not be after a power cut
        }
    }
}
