package dev.errata.cli;

import dev.errata.project.TempBeside;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
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

    /**
     * Writes the file in UTF-8 as a whole, through a temporary file beside it renamed over it, so that a
     * failed or killed command leaves the old file, not half a new one.
     *
     * @param inputs the files the command reads, with what each is ("the project"): the output may be none of them
     * @return the line that says what was written
     */
    String write(Content content, Map<Path, String> inputs) throws IOException {
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            if (RealPaths.same(file, input.getKey())) {
                throw new IllegalArgumentException("will not write " + file + ": it is " + input.getValue() + " ("
                        + input.getKey().getFileName() + "), which a command only reads");
            }
        }
        Path temp = TempBeside.create(file);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return "wrote " + file;
    }
}
