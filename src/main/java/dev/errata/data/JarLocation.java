package dev.errata.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Where a class was loaded from: the application's jar, or the build's class folder. */
public final class JarLocation {

    private JarLocation() {}

    /** The jar or class folder holding {@code type}; empty when the JVM says neither. */
    public static Optional<Path> of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                return Optional.of(Path.of(source.getLocation().toURI()));
            }
            // A class read from an ahead-of-time cache can come without a code source's location (the app
            // image of a JDK 25 runtime); the URL of its class file still names the jar.
            String name = type.getName();
            URL classFile = type.getResource(name.substring(name.lastIndexOf('.') + 1) + ".class");
            return classFile == null ? Optional.empty() : fromClassFile(classFile.toString(), name);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The jar or folder a class file's URL lies in: {@code jar:file:/a/b.jar!/p/C.class} is in {@code /a/b.jar},
     * {@code file:/a/classes/p/C.class} in {@code /a/classes}.
     */
    static Optional<Path> fromClassFile(String url, String className) throws URISyntaxException {
        if (url.startsWith("jar:") && url.contains("!/")) {
            return Optional.of(Path.of(new URI(url.substring("jar:".length(), url.indexOf("!/")))));
        }
        if (!url.startsWith("file:")) {
            return Optional.empty();
        }
        Path path = Path.of(new URI(url));
        for (int depth = className.split("\\.").length; depth > 0 && path != null; depth--) {
            path = path.getParent();
        }
        return Optional.ofNullable(path);
    }
}
