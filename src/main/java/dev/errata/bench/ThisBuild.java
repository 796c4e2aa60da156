package dev.errata.bench;

import dev.errata.data.JarLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a user of this build starts Errata: the launcher the build puts beside the jar, else {@code java -jar}
 * with this JVM. The benchmark starts its fresh processes this way.
 *
 * @param command the program and its options, before Errata's own arguments
 * @param name what the figures call it
 */
record ThisBuild(List<String> command, String name) {

    /** Empty when this runs from classes rather than a jar (the tests). */
    static Optional<ThisBuild> launch() {
        Path jar = JarLocation.of(ThisBuild.class).orElse(null);
        if (jar == null || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        Path launcher = jar.resolveSibling("errata");
        if (Files.isExecutable(launcher) && !System.getProperty("os.name").startsWith("Windows")) {
            return Optional.of(new ThisBuild(List.of(launcher.toString()), "target/errata"));
        }
        return Optional.of(new ThisBuild(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()),
                "java -jar"));
    }

    /** The command that runs Errata with these arguments. */
    List<String> with(List<String> arguments) {
        return Stream.concat(command.stream(), arguments.stream()).toList();
    }
}
