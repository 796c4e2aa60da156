package dev.errata.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * The jars nested in one folder of the application: of its jar when it runs as {@code errata.jar}, of its
 * class folder when it runs from the build (tests). A jar lists each entry's size and CRC-32, so knowing
 * what a copy must be costs no reading.
 */
final class NestedJars {

    private final Path location;
    private final String folder;
    private final List<NestedJar> jars;

    private NestedJars(Path location, String folder, List<NestedJar> jars) {
        this.location = location;
        this.folder = folder;
        this.jars = List.copyOf(jars);
    }

    /** @param location the application's jar or class folder; @param folder the folder inside it, ending in '/' */
    static NestedJars in(Path location, String folder) throws IOException {
        List<NestedJar> jars = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file :
                            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                        jars.add(new NestedJar(file.getFileName().toString(), Files.size(file), crcOf(file)));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(folder) && name.endsWith(".jar") && name.indexOf('/', folder.length()) < 0) {
                        jars.add(new NestedJar(name.substring(folder.length()), entry.getSize(), entry.getCrc()));
                    }
                }
            }
        }
        jars.sort((a, b) -> a.name().compareTo(b.name()));
        return new NestedJars(location, folder, jars);
    }

    List<NestedJar> jars() {
        return jars;
    }

    /** Copies one nested jar's bytes to a file. */
    void copy(NestedJar jar, Path to) throws IOException {
        if (Files.isDirectory(location)) {
            Files.copy(location.resolve(folder).resolve(jar.name()), to);
            return;
        }
        try (JarFile file = new JarFile(location.toFile());
                InputStream in = file.getInputStream(file.getEntry(folder + jar.name()))) {
            Files.copy(in, to);
        }
    }

    /** Whether a file is a whole, unchanged copy of the nested jar. */
    static boolean isCopyOf(Path file, NestedJar jar) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == jar.size() && crcOf(file) == jar.crc();
        } catch (IOException e) {
            return false;
        }
    }

    static long crcOf(Path file) throws IOException {
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), new CRC32())) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.getChecksum().getValue();
        }
    }
}
