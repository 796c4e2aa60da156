package dev.errata.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The window's and the figures' texts agree with their bundles: a key the code names is there, so no view shows a missing-key error. */
class MessagesTest {

    @Test
    void everyKeyTheWindowWritesOutIsInItsBundle() throws IOException {
        Set<String> named = keysNamed("src/main/java/dev/errata/ui", "Messages");

        assertThat(named).contains("filter.anyTag", "analysis.note", "confusion.mistakes");
        assertThat(ResourceBundle.getBundle("dev.errata.ui.messages").keySet()).containsAll(named);
    }

    @Test
    void everyKeyAFigureWritesOutIsInItsBundle() throws IOException {
        Set<String> named = keysNamed("src/main/java/dev/errata/figure", "FigureText");

        assertThat(named).contains("thresholds.roc", "calibration.x");
        assertThat(ResourceBundle.getBundle("dev.errata.figure.figures").keySet())
                .containsAll(named);
    }

    private static Set<String> keysNamed(String folder, String bundleClass) throws IOException {
        Pattern literalKey = Pattern.compile(bundleClass + "\\.text\\(\"([^\"]+)\"\\s*[,)]");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(folder))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = literalKey.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        return named;
    }
}
