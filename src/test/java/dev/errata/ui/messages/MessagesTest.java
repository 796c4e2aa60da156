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

/** The window's texts and the bundle agree: a key the code names is in the bundle, so no view shows a missing-key error. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.text\\(\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyKeyTheCodeWritesOutIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/errata/ui"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }

        assertThat(named).contains("filter.anyTag", "analysis.note", "thresholds.roc");
        assertThat(ResourceBundle.getBundle("dev.errata.ui.messages").keySet()).containsAll(named);
    }
}
