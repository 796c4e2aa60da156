package dev.errata.launch;

import dev.errata.data.JarLocation;
import dev.errata.data.UserCache;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the window with JavaFX as named modules. The jar carries JavaFX's own modular jars; they are
 * unpacked once into the user's cache folder and loaded with the jar into a {@link JavaFxLayer}, whose
 * copy of the main class then runs. Only the window pays for this: the headless commands never come here.
 */
public final class ModularWindow {

    /** Where in the application's jar the JavaFX jars are nested (the build copies them there). */
    static final String NESTED_FOLDER = "dev/errata/launch/javafx/";

    private ModularWindow() {}

    /**
     * Whether JavaFX already runs as named modules: in the installer's runtime, which links JavaFX in, or in a
     * class already loaded inside the layer.
     */
    public static boolean isModular(Class<?> main) {
        return main.getModule().isNamed()
                || ModuleLayer.boot().findModule("javafx.graphics").isPresent();
    }

    /**
     * Runs {@code main}'s own {@code main(args)} from the layer. Returns false, having run nothing, when the
     * application is not a jar holding JavaFX (a run from the build's class folder, with JavaFX on the class path).
     */
    public static boolean run(Class<?> main, String[] args) throws Throwable {
        Path app = locationOf(main);
        NestedJars nested = NestedJars.in(app, NESTED_FOLDER);
        if (Files.isDirectory(app) || nested.jars().isEmpty()) {
            return false;
        }
        ModuleLayer layer = JavaFxLayer.over(unpacked(nested), app);
        ClassLoader loader = layer.findLoader(JavaFxLayer.APP_MODULE);
        // libraries that look classes up by the thread's loader (Jackson, ServiceLoader, JavaFX's own) must find the
        // layer's
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(main.getName(), true, loader)
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return true;
    }

    /** The jars unpacked into the user's cache; when that cannot be written (a read-only home), into a temporary folder. */
    private static Path unpacked(NestedJars nested) throws IOException {
        Path cache = UserCache.root();
        try {
            return new JavaFxCache(cache).unpack(nested);
        } catch (IOException e) {
            Path temporary = Files.createTempDirectory("errata-javafx-");
            System.err.println("errata: cannot unpack JavaFX into " + cache + " (" + e.getMessage()
                    + "); using the temporary folder " + temporary + " for this run");
            Path folder = new JavaFxCache(temporary).unpack(nested);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> JavaFxCache.deleteQuietly(temporary)));
            return folder;
        }
    }

    private static Path locationOf(Class<?> main) throws IOException {
        return JarLocation.of(main).orElseThrow(() -> new IOException("cannot tell where the application's jar is"));
    }
}
