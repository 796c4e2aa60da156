package dev.errata.launch;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

    /** The JavaFX modules that load native libraries: the graphics toolkit and the media player. */
    static final List<String> NATIVE = List.of("javafx.graphics", "javafx.media");

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
        allowNativeAccess(controller, layer);
        return layer;
    }

    /**
     * Lets JavaFX's modules load their native libraries. From Java 22 on a module needs the layer's leave for
     * that, or the JVM prints four lines of warning on every start (and will refuse in a later release); the
     * method to give it is missing before 22, where nothing is needed, hence the reflection. It is itself
     * allowed to the jar's code by the manifest's {@code Enable-Native-Access} or the option of that name.
     */
    private static void allowNativeAccess(ModuleLayer.Controller controller, ModuleLayer layer) {
        Method enable;
        try {
            enable = ModuleLayer.Controller.class.getMethod("enableNativeAccess", Module.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        for (String name : NATIVE) {
            Module module = layer.findModule(name).orElse(null);
            if (module != null) {
                try {
                    enable.invoke(controller, module);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    // not allowed to this code: JavaFX runs as before, with the JVM's warning
                    return;
                }
            }
        }
    }
}
