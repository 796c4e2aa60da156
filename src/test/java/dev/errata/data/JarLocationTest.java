package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JarLocationTest {

    @Test
    void aClassFileInAJarIsInThatJarAndOneInAFolderIsInTheFolderItsPackageStartsIn() throws Exception {
        assertThat(JarLocation.fromClassFile(
                        "jar:file:/opt/errata/lib/app/errata.jar!/dev/errata/Launcher.class", "dev.errata.Launcher"))
                .contains(Path.of("/opt/errata/lib/app/errata.jar"));
        assertThat(JarLocation.fromClassFile(
                        "file:/home/a/errata/target/classes/dev/errata/launch/ModularWindow.class",
                        "dev.errata.launch.ModularWindow"))
                .contains(Path.of("/home/a/errata/target/classes"));
        assertThat(JarLocation.fromClassFile("jar:file:/a%20b/x.jar!/T.class", "T"))
                .contains(Path.of("/a b/x.jar"));
        assertThat(JarLocation.fromClassFile("jrt:/java.base/java/lang/String.class", "java.lang.String"))
                .isEmpty();
    }

    @Test
    void aLoadedClassIsFoundWhereItWasLoadedFrom() {
        // this test's class from the test build's folder, JUnit's from its jar in the local repository
        Path folder = JarLocation.of(JarLocationTest.class).orElseThrow();
        assertThat(folder.resolve("dev/errata/data/JarLocationTest.class")).exists();
        Path jar = JarLocation.of(Test.class).orElseThrow();
        assertThat(jar.getFileName().toString()).startsWith("junit-jupiter-api").endsWith(".jar");
        assertThat(Files.isRegularFile(jar)).isTrue();
    }
}
