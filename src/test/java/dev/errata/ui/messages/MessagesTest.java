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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The texts and their bundles agree: a key the code names is in the bundle, so no view or figure shows a
 * missing-key error. The window's words are in its bundle, the words figures draw (in the window and in
 * reports) in the figures' bundle.
 */
class MessagesTest {

    @ParameterizedTest
    @CsvSource({
            "src/main/java/dev/errata/ui, Messages, dev.errata.ui.messages, analysis.note",
            "src/main/java/dev/errata/figure, FigureText, dev.errata.figure.figures, thresholds.roc"})
    void everyKeyTheCodeWritesOutIsInTheBundle(String folder, String texts, String bundle, String knownKey) throws IOException {
        Pattern literalKey = Pattern.compile(texts + "\\.text\\(\"([^\"]+)\"\\s*[,)]");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(folder))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = literalKey.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }

        assertThat(named).contains(knownKey);
        assertThat(ResourceBundle.getBundle(bundle).keySet()).containsAll(named);
    }
}
