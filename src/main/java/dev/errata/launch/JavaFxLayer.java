package dev.errata.launch;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * JavaFX's modules and the application's jar (as the automatic module {@code dev.errata}) in one module
 * layer, so JavaFX runs as the named modules it is built for. ControlsFX, shaded into the application's jar,
 * and the window benchmark reach into JavaFX internals that JavaFX opens to no one; the layer's controller
 * opens exactly those packages to the application.
 */
final class JavaFxLayer {

    static final String APP_MODULE = "dev.errata";

    /** The modules asked for by name; the layer adds what they require (javafx.base, javafx.graphics). */
    static final Set<String> ROOTS = Set.of(APP_MODULE, "javafx.controls", "javafx.media");

    /** The JavaFX internals the application uses: ControlsFX's skins and behaviours, and the benchmark's frame counter and its wait for a rendered frame. */
    static final List<Internal> INTERNALS = List.of(
            new Internal("javafx.base", "com.sun.javafx.event"),
            new Internal("javafx.base", "com.sun.javafx.collections"),
            new Internal("javafx.base", "com.sun.javafx.runtime"),
            new Internal("javafx.graphics", "com.sun.javafx.scene"),
            new Internal("javafx.graphics", "com.sun.javafx.scene.traversal"),
            new Internal("javafx.graphics", "com.sun.javafx.css"),
            new Internal("javafx.graphics", "com.sun.javafx.util"),
            new Internal("javafx.graphics", "com.sun.javafx.perf"),
            new Internal("javafx.graphics", "com.sun.javafx.tk"),
            new Internal("javafx.controls", "com.sun.javafx.scene.control"),
            new Internal("javafx.controls", "com.sun.javafx.scene.control.behavior"),
            new Internal("javafx.controls", "com.sun.javafx.scene.control.inputmap"));

    record Internal(String module, String pkg) {}

    private JavaFxLayer() {}

    /** Resolves the layer over the JavaFX jars in {@code javafx} and the application's jar {@code app}. */
    static ModuleLayer over(Path javafx, Path app) {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration =
                boot.configuration().resolve(ModuleFinder.of(javafx, app), ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(
                configuration, List.of(boot), ClassLoader.getPlatformClassLoader());
        ModuleLayer layer = controller.layer();
        Module application = layer.findModule(APP_MODULE).orElseThrow();
        for (Internal internal : INTERNALS) {
            controller.addOpens(layer.findModule(internal.module()).orElseThrow(), internal.pkg(), application);
        }
        return layer;
    }
}
