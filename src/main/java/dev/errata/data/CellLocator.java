package dev.errata.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the character column of a cell for problems found after reading (duplicate ids, a class without
 * a score column), so their messages point into the file like parse errors do. Reads the file up to the
 * cell, which is fine on this path: it runs once, when the load has already failed.
 */
final class CellLocator {

    private CellLocator() {
    }

    static BadInputException problem(Path file, int line, int field, String problem) {
        return new BadInputException(file, line, column(file, line, field), problem);
    }

    private static int column(Path file, int line, int field) {
        // Bytes that are not UTF-8 read as replacement characters here, as the importer reads them.
        CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), lenient))) {
            for (int l = 1; l < line; l++) {
                in.readLine();
            }
            String text = in.readLine();
            if (text == null) {
                return 1;
            }
            int column = 0;
            boolean quoted = false;
            for (int f = 0; f < field && column < text.length(); column++) {
                char c = text.charAt(column);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    f++;
                }
            }
            int bom = line == 1 && text.startsWith("\uFEFF") ? 1 : 0;
            return column + 1 - bom;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
