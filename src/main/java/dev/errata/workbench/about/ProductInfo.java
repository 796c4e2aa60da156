package dev.errata.workbench.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What Errata is and ships, for Help → About and {@code errata --version}: its version and the libraries in
 * its jar with their licences. The build writes the version and the list of libraries (from Maven's
 * dependency list) into resources; the licences come from a checked-in list that a test holds to the same
 * libraries.
 */
public final class ProductInfo {

    private static final String NAME = "Errata";

    private ProductInfo() {}

    public static String name() {
        return NAME;
    }

    /** "0.1.0", as the build's POM says. */
    public static String version() {
        Properties build = new Properties();
        try (InputStream in = resource("build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version");
    }

    /** The libraries in the jar, by coordinates, each once (a JavaFX module and its platform jar are one). */
    public static List<Library> libraries() {
        Map<String, String> licences = licences();
        Map<String, Library> libraries = new TreeMap<>();
        for (String line : lines("libraries.txt")) {
            // "   org.openjfx:javafx-base:jar:linux:21.0.5:compile -- module javafx.base"
            String[] parts = line.strip().split("\\s+")[0].split(":");
            if (!line.startsWith(" ") || parts.length < 5) {
                continue;
            }
            String coordinates = parts[0] + ":" + parts[1];
            libraries.put(
                    coordinates,
                    new Library(
                            parts[0],
                            parts[1],
                            parts[parts.length - 2],
                            licences.getOrDefault(coordinates, "unknown")));
        }
        return List.copyOf(libraries.values());
    }

    /** The checked-in licence of each library, by coordinates. */
    static Map<String, String> licences() {
        Map<String, String> licences = new LinkedHashMap<>();
        for (String line : lines("licences.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.indexOf(' ');
                licences.put(line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        return licences;
    }

    private static List<String> lines(String name) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ProductInfo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the jar lacks " + name + ", which the build writes; rebuild it with mvn package");
        }
        return in;
    }
}
