package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file record by record, keeping where each field starts. A reviews file is small
 * beside the data, and its messages must point at a cell, so it is read as text rather than by the data's
 * column parser. Accepts a UTF-8 BOM, CRLF and quoted fields holding commas, quotes and newlines; the reader
 * it is given turns a byte that is not UTF-8 into U+FFFD, which is refused where it stands.
 */
final class CsvRecords {

    private final Path file;
    private final Reader in;
    private int next = -2;
    private int line = 1;
    private int column = 1;

    CsvRecords(Path file, Reader in) {
        this.file = file;
        this.in = in;
    }

    /** The next record, or null at the end of the file; a blank line is a record of one empty field. */
    List<CsvCell> next() throws IOException {
        if (peek() == -1) {
            return null;
        }
        List<CsvCell> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            int c = peek();
            if (c == ',') {
                take();
                continue;
            }
            if (c == '\r') {
                take();
                if (peek() == '\n') {
                    take();
                }
            } else if (c == '\n') {
                take();
            }
            return fields;
        }
    }

    private CsvCell field() throws IOException {
        int startLine = line;
        int startColumn = column;
        StringBuilder text = new StringBuilder();
        if (peek() != '"') {
            while (peek() != -1 && peek() != ',' && peek() != '\n' && peek() != '\r') {
                text.append((char) take());
            }
            return new CsvCell(text.toString(), startLine, startColumn);
        }
        take();
        while (true) {
            int c = take();
            if (c == -1) {
                throw new BadInputException(
                        file, startLine, startColumn, "a quoted field is never closed: the file ends inside it");
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                take();
            }
            text.append((char) c);
        }
        int after = peek();
        if (after != -1 && after != ',' && after != '\n' && after != '\r') {
            throw new BadInputException(file, line, column, "text after the closing quote of a field");
        }
        return new CsvCell(text.toString(), startLine, startColumn);
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
            if (line == 1 && column == 1 && next == '\uFEFF') {
                next = in.read();
            }
        }
        return next;
    }

    private int take() throws IOException {
        int c = peek();
        if (c == '\uFFFD') {
            throw new BadInputException(
                    file, line, column, "the file is not UTF-8 text: a byte here is not a character");
        }
        next = -2;
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c != -1) {
            column++;
        }
        return c;
    }
}
