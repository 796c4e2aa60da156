package dev.errata.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.cli.ErrataCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** Reads what the samples wrote the way a user's tools would: the CSV through Commons CSV, the project as plain JSON, the metrics through the command. */
final class SampleFiles {

    private SampleFiles() {}

    static JsonNode metricsOf(Path project, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("metrics", "--project", project.toString(), "--format", "json"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        assertThat(run(out, args.toArray(String[]::new))).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    /** Runs a command of the jar, its standard output into {@code out}; returns the exit code. */
    static int run(StringWriter out, String... args) {
        CommandLine line = ErrataCommand.commandLine();
        line.setOut(new PrintWriter(out));
        return line.execute(args);
    }

    static List<CSVRecord> readRows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    static JsonNode tag(JsonNode metrics, String name) {
        for (JsonNode tag : metrics.get("tags")) {
            if (tag.get("tag").asText().equals(name)) {
                return tag;
            }
        }
        throw new AssertionError("no tag " + name + " in " + metrics.get("tags"));
    }

    static JsonNode slice(JsonNode metrics, String column, String value) {
        for (JsonNode slice : metrics.get("slices")) {
            if (slice.get("column").asText().equals(column)
                    && slice.get("value").asText().equals(value)) {
                return slice;
            }
        }
        throw new AssertionError("no slice " + column + " = " + value);
    }

    /** The row ids of a hand tag, as the project file stores them. */
    /** The ids of the rows whose line in the project file (one a row) has the tag. */
    static Set<String> taggedIds(Path project, String tag) throws IOException {
        return ids(project, line -> line.path("tags").has(tag));
    }

    static Set<String> reviewedIds(Path project) throws IOException {
        return ids(project, line -> line.path("reviewed").asBoolean());
    }

    private static Set<String> ids(Path project, java.util.function.Predicate<JsonNode> holds) throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode line : new ObjectMapper().readTree(project.toFile()).get("rows")) {
            if (line.isObject() && holds.test(line)) {
                ids.add(line.get("row").asText());
            }
        }
        return ids;
    }

    /** Every file below a folder, by its path relative to it, in order. */
    static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }
}
