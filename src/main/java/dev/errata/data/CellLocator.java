package dev.errata.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the character column of a cell for problems found after reading (duplicate ids, a class without
 * a score column), so their messages point into the file like parse errors do. Reads the file up to the
 * cell, which is fine on this path: it runs once, when the load has already failed.
 */
final class CellLocator {

    private CellLocator() {}

    /** The character column where {@code field} (from 0) begins on {@code line}. */
    static int column(CsvSource source, int line, int field) {
        // The source is UTF-8, converted if the file is not; a stray byte reads as one replacement character.
        CharsetDecoder lenient = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.stream(), lenient))) {
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
