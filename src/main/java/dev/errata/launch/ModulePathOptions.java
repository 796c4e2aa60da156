package dev.errata.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JVM options that start the window with JavaFX's modules in the boot layer instead of a layer of
 * their own. The JVM's ahead-of-time cache keeps only the classes of its built-in loaders, so only this
 * start lets the window's classes come from a cache (docs/decisions/0006). The launcher the build writes
 * passes the module path itself and reads the rest from the file this prints, so the packages opened to
 * ControlsFX are listed once, in {@link JavaFxLayer#INTERNALS}. The application stays on the class path, in
 * the unnamed module, where those packages are opened.
 */
public final class ModulePathOptions {

    private ModulePathOptions() {}

    /** Prints the options one a line, as a JVM argument file ({@code java @file}) holds them. */
    public static void main(String[] args) {
        options().forEach(System.out::println);
    }

    static List<String> options() {
        List<String> options = new ArrayList<>();
        options.add("--add-modules="
                + JavaFxLayer.ROOTS.stream()
                        .filter(root -> !root.equals(JavaFxLayer.APP_MODULE))
                        .sorted()
                        .collect(Collectors.joining(",")));
        for (JavaFxLayer.Internal internal : JavaFxLayer.INTERNALS) {
            options.add("--add-opens=" + internal.module() + "/" + internal.pkg() + "=ALL-UNNAMED");
        }
        options.add("--enable-native-access=" + String.join(",", JavaFxLayer.NATIVE));
        return options;
    }
}
