package dev.errata.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nested jars reach the cache whole, once, and a damaged copy is replaced rather than trusted. */
class JavaFxCacheTest {

    private static final String FOLDER = "dev/errata/launch/javafx/";

    @TempDir
    Path dir;

    @Test
    void unpacksEveryNestedJarOfAnApplicationJarIntoAFolderNamedByVersion() throws IOException {
        byte[] base = bytes(1, 70_000);
        byte[] graphics = bytes(2, 120_000);
        Path app = applicationJar(base, graphics);

        NestedJars nested = NestedJars.in(app, FOLDER);
        Path folder = new JavaFxCache(dir.resolve("cache")).unpack(nested);

        assertThat(nested.jars())
                .extracting(NestedJar::name)
                .containsExactly("javafx-base-21.0.5-linux.jar", "javafx-graphics-21.0.5-linux.jar");
        assertThat(folder.getFileName().toString()).matches("javafx-21\\.0\\.5-[0-9a-f]{8}");
        assertThat(Files.readAllBytes(folder.resolve("javafx-base-21.0.5-linux.jar")))
                .isEqualTo(base);
        assertThat(Files.readAllBytes(folder.resolve("javafx-graphics-21.0.5-linux.jar")))
                .isEqualTo(graphics);
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertThat(left).as("no temporary folder left behind").containsExactly(folder);
        }
    }

    @Test
    void aSecondStartUsesTheCopyThereWithoutWritingIt() throws IOException {
        Path app = applicationJar(bytes(1, 5_000), bytes(2, 6_000));
        JavaFxCache cache = new JavaFxCache(dir.resolve("cache"));
        Path folder = cache.unpack(NestedJars.in(app, FOLDER));
        Path base = folder.resolve("javafx-base-21.0.5-linux.jar");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(base, old);

        assertThat(cache.unpack(NestedJars.in(app, FOLDER))).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(base)).isEqualTo(old);
    }

    @Test
    void aCopyOfTheRightSizeButOtherBytesIsUnpackedAgain() throws IOException {
        byte[] base = bytes(1, 5_000);
        Path app = applicationJar(base, bytes(2, 6_000));
        JavaFxCache cache = new JavaFxCache(dir.resolve("cache"));
        Path folder = cache.unpack(NestedJars.in(app, FOLDER));
        Path copy = folder.resolve("javafx-base-21.0.5-linux.jar");
        byte[] damaged = base.clone();
        damaged[2_500] ^= 0x40;
        Files.write(copy, damaged);

        assertThat(cache.unpack(NestedJars.in(app, FOLDER))).isEqualTo(folder);
        assertThat(Files.readAllBytes(copy)).isEqualTo(base);
    }

    @Test
    void otherJarsGetAFolderOfTheirOwn() throws IOException {
        JavaFxCache cache = new JavaFxCache(dir.resolve("cache"));
        Path first = cache.unpack(NestedJars.in(applicationJar(bytes(1, 5_000), bytes(2, 6_000)), FOLDER));
        Files.delete(dir.resolve("errata.jar"));
        Path second = cache.unpack(NestedJars.in(applicationJar(bytes(3, 5_000), bytes(2, 6_000)), FOLDER));

        assertThat(second).isNotEqualTo(first);
        assertThat(first).isDirectory();
    }

    @Test
    void aCacheThatCannotBeWrittenFailsWithTheReason() throws IOException {
        Path app = applicationJar(bytes(1, 5_000), bytes(2, 6_000));
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the cache would go");

        assertThatThrownBy(() -> new JavaFxCache(notAFolder.resolve("cache")).unpack(NestedJars.in(app, FOLDER)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aClassFolderListsItsJarsWithTheSameChecks() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve(FOLDER));
        byte[] media = bytes(4, 3_000);
        Files.write(classes.resolve(FOLDER + "javafx-media-21.0.5-linux.jar"), media);

        Path folder = new JavaFxCache(dir.resolve("cache")).unpack(NestedJars.in(classes, FOLDER));

        assertThat(Files.readAllBytes(folder.resolve("javafx-media-21.0.5-linux.jar")))
                .isEqualTo(media);
    }

    /** An application jar like errata.jar: a class outside the folder, and two jars nested in it. */
    private Path applicationJar(byte[] base, byte[] graphics) throws IOException {
        Path jar = dir.resolve("errata.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : List.of(
                    new Object[] {"dev/errata/Launcher.class", bytes(9, 300)},
                    new Object[] {FOLDER + "javafx-base-21.0.5-linux.jar", base},
                    new Object[] {FOLDER + "javafx-graphics-21.0.5-linux.jar", graphics})) {
                zip.putNextEntry(new ZipEntry((String) entry[0]));
                zip.write((byte[]) entry[1]);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] bytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
