package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small CSV files written for one test. */
final class CsvFixtures {

    private CsvFixtures() {}

    static Path write(Path folder, String name, String content) {
        return writeBytes(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadedData load(Path file) {
        return new CsvImporter().load(ImportRequest.of(file), Progress.NONE);
    }
}
