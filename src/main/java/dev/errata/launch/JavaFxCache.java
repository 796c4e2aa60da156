package dev.errata.launch;

import dev.errata.data.Folders;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The nested JavaFX jars unpacked as files, since a module layer reads modules from files only. One folder
 * per set of jars (named by their JavaFX version and a checksum of them all), filled in a temporary folder
 * beside it and renamed into place, so a second window starting at the same time, or a crash, never leaves
 * a half-written folder that a later start would trust. Each start checks every file's size and CRC-32
 * against the jar's own record and unpacks again when one differs.
 */
final class JavaFxCache {

    private final Path root;

    /** @param root the folder that holds one sub-folder per set of jars */
    JavaFxCache(Path root) {
        this.root = root;
    }

    /** The folder holding whole copies of the jars, unpacking them first unless a good copy is there already. */
    Path unpack(NestedJars nested) throws IOException {
        List<NestedJar> jars = nested.jars();
        if (jars.isEmpty()) {
            throw new IOException("the application's jar holds no JavaFX jars");
        }
        Path folder = root.resolve(folderName(jars));
        if (holdsAll(folder, jars)) {
            return folder;
        }
        Files.createDirectories(root);
        Path fresh = Files.createTempDirectory(root, ".unpacking-");
        try {
            for (NestedJar jar : jars) {
                nested.copy(jar, fresh.resolve(jar.name()));
            }
            if (!holdsAll(fresh, jars)) {
                throw new IOException("the JavaFX jars unpacked into " + fresh + " differ from the application's");
            }
            if (Files.exists(folder)) {
                // a damaged copy from before: moved aside whole, so no start ever sees it half deleted
                Path old = Files.createTempDirectory(root, ".damaged-");
                Files.move(folder, old.resolve("javafx"), StandardCopyOption.ATOMIC_MOVE);
                Folders.delete(old);
            }
            try {
                Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // another start won the race; its copy serves if it is whole
                if (!holdsAll(folder, jars)) {
                    throw e;
                }
            }
            return folder;
        } finally {
            Folders.delete(fresh);
        }
    }

    static String folderName(List<NestedJar> jars) {
        CRC32 all = new CRC32();
        for (NestedJar jar : jars) {
            all.update((jar.name() + ' ' + jar.size() + ' ' + jar.crc() + '\n')
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("-(\\d+(?:\\.\\d+)*)")
                .matcher(jars.get(0).name());
        return "javafx-" + (version.find() ? version.group(1) + "-" : "") + String.format("%08x", all.getValue());
    }

    private static boolean holdsAll(Path folder, List<NestedJar> jars) {
        return Files.isDirectory(folder)
                && jars.stream().allMatch(jar -> NestedJars.isCopyOf(folder.resolve(jar.name()), jar));
    }

    /** Deletes a folder the system's cleaner would remove anyway, such as a temporary one, at exit. */
    static void deleteQuietly(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            // left for the system's cleaner
        }
    }
}
