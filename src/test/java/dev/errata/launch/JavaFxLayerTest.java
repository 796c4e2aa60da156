package dev.errata.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer over the JavaFX jars the build nests (in target/classes), beside a stand-in for errata.jar that
 * carries only its module name: JavaFX's modules resolve as named modules, and every internal package
 * the application uses exists and is open to it.
 */
class JavaFxLayerTest {

    @TempDir
    Path dir;

    @Test
    void javaFxRunsAsItsNamedModulesWithTheInternalsTheApplicationUsesOpenToIt() throws Exception {
        Path classes = Path.of(ModularWindow.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        NestedJars nested = NestedJars.in(classes, ModularWindow.NESTED_FOLDER);
        assertThat(nested.jars()).as("the build nests the modular JavaFX jars").hasSize(4);
        Path javafx = new JavaFxCache(dir.resolve("cache")).unpack(nested);

        ModuleLayer layer = JavaFxLayer.over(javafx, namedJar("dev.errata"));

        assertThat(layer.modules())
                .extracting(Module::getName)
                .containsExactlyInAnyOrder(
                        "dev.errata", "javafx.base", "javafx.graphics", "javafx.controls", "javafx.media");
        Module app = layer.findModule("dev.errata").orElseThrow();
        assertThat(app.getDescriptor().isAutomatic()).isTrue();
        for (JavaFxLayer.Internal internal : JavaFxLayer.INTERNALS) {
            Module owner = layer.findModule(internal.module()).orElseThrow();
            assertThat(owner.isOpen(internal.pkg(), app))
                    .as(internal.toString())
                    .isTrue();
            assertThat(owner.isOpen(internal.pkg()))
                    .as("open to the application only: " + internal)
                    .isFalse();
        }
        Class<?> scene = layer.findLoader("javafx.graphics").loadClass("javafx.scene.Scene");
        assertThat(scene.getModule().getName()).isEqualTo("javafx.graphics");
    }

    /** Every JavaFX internal that the application's or ControlsFX's classes name is among those the layer opens. */
    @Test
    void theLayerOpensEveryJavaFxInternalTheCodeReferences() {
        JavaClasses classes =
                new ClassFileImporter().importPackages("dev.errata", "org.controlsfx", "impl.org.controlsfx");
        Set<String> used = classes.stream()
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())
                .filter(p -> p.startsWith("com.sun.javafx")
                        || p.startsWith("com.sun.glass")
                        || p.startsWith("com.sun.prism"))
                .collect(Collectors.toSet());
        Set<String> opened =
                JavaFxLayer.INTERNALS.stream().map(JavaFxLayer.Internal::pkg).collect(Collectors.toSet());

        assertThat(used)
                .as("the benchmark's frame counter at least")
                .contains("com.sun.javafx.tk", "com.sun.javafx.perf");
        assertThat(opened).containsAll(used);
    }

    private Path namedJar(String name) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), name);
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
