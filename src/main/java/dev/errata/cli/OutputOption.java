package dev.errata.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The file a command writes. */
public final class OutputOption {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path file;

    /** Writes the file in UTF-8 and returns the line that says so. */
    String write(Content content) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        return "wrote " + file;
    }
}
