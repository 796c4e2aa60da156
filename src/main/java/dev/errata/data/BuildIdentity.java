package dev.errata.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which build of Errata this is, as far as what it reads from a file goes: the jar it runs from, by its
 * size and time, so that a copy of a table read by one build is never taken by another that may read the
 * same file otherwise.
 */
final class BuildIdentity {

    /** The jar's identity, or "classes" when this runs from a folder of classes, as the tests do. */
    static final String OF_THIS_BUILD = of();

    private BuildIdentity() {}

    private static String of() {
        Optional<Path> code = JarLocation.of(BuildIdentity.class);
        try {
            if (code.isPresent() && Files.isRegularFile(code.get())) {
                return FileIdentity.of(code.get()).toString();
            }
            return code.isPresent() ? "classes" : unknown();
        } catch (IOException e) {
            return unknown();
        }
    }

    /** A build that cannot name itself gets a name no copy has, so it reads every file afresh. */
    private static String unknown() {
        return "unknown build " + System.nanoTime();
    }
}
