package dev.errata.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal as a stream of lines, never the whole file at once: a journal from elsewhere can be
 * larger than memory, or than an array can be. A line longer than {@link #MAX_LINE} is passed on without
 * its bytes, and only its newline is looked for.
 */
final class JournalLines {

    /**
     * Far longer than any edit Errata writes (tagging a million rows at once is some ten megabytes, ten
     * million rows about 150), and an eighth of the memory at most, as for a project file. Not more: the
     * line is held while it is read, so a longer bound only makes a journal of garbage slower to pass over.
     */
    static final int MAX_LINE = (int) Math.min(Runtime.getRuntime().maxMemory() / 8, 256 << 20);

    private JournalLines() {}

    /**
     * One line of a journal.
     *
     * @param number from 1, the header's line included
     * @param offset where the line starts in the file
     * @param bytes without the newline; null when the line is longer than {@link #MAX_LINE}
     * @param whole whether a newline ends it; only the last line can lack one, cut off when a process died
     */
    record Line(int number, long offset, byte[] bytes, boolean whole) {

        boolean tooLong() {
            return bytes == null;
        }

        String text() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    interface LineVisitor {
        /** @return whether to go on to the next line */
        boolean visit(Line line) throws IOException;
    }

    /** Passes each line to {@code visitor}, the header and blank lines included, until it says stop. */
    static void scan(Path journal, LineVisitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(journal)) {
            byte[] chunk = new byte[1 << 20];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            long read = 0;
            long start = 0;
            int number = 0;
            for (int n; (n = in.read(chunk)) > 0; read += n) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        tooLong = append(line, tooLong, chunk, from, i - from);
                        if (!visitor.visit(new Line(++number, start, tooLong ? null : line.toByteArray(), true))) {
                            return;
                        }
                        line.reset();
                        tooLong = false;
                        from = i + 1;
                        start = read + from;
                    }
                }
                tooLong = append(line, tooLong, chunk, from, n - from);
            }
            if (line.size() > 0 || tooLong) {
                visitor.visit(new Line(++number, start, tooLong ? null : line.toByteArray(), false));
            }
        }
    }

    /** @return whether the line is too long, after adding these bytes to it (dropped once it is) */
    private static boolean append(ByteArrayOutputStream line, boolean tooLong, byte[] bytes, int from, int length) {
        if (tooLong || (long) line.size() + length > MAX_LINE) {
            line.reset();
            return true;
        }
        line.write(bytes, from, length);
        return false;
    }

    /** Whether a line is an edit: not the header on the first line, not blank. Torn and too long lines count. */
    static boolean isEdit(Line line) {
        if (line.tooLong()) {
            return true;
        }
        String text = line.text();
        return !text.isBlank()
                && !(line.number() == 1 && JournalHeader.parse(text).isPresent());
    }

    /**
     * The whole edit lines of a journal, in order; a line too long to hold is kept as null, so that
     * positions still count every edit line.
     */
    static List<byte[]> read(Path journal) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        scan(journal, line -> {
            if (line.whole() && isEdit(line)) {
                lines.add(line.bytes());
            }
            return true;
        });
        return lines;
    }

    /**
     * Whether there may be an edit in the journal: read up to its first edit only; true for one that cannot be
     * read, which the open's replay then reports as ever.
     */
    static boolean mayHoldEdits(Path journal) {
        if (!Files.exists(journal)) {
            return false;
        }
        boolean[] found = {false};
        try {
            scan(journal, line -> {
                found[0] = line.whole() && isEdit(line);
                return !found[0];
            });
        } catch (IOException e) {
            return true;
        }
        return found[0];
    }

    /** How many whole edit lines the journal holds. */
    static int count(Path journal) throws IOException {
        int[] edits = {0};
        scan(journal, line -> {
            edits[0] += line.whole() && isEdit(line) ? 1 : 0;
            return true;
        });
        return edits[0];
    }

    /** A journal that continues {@code saveId} with the given edit lines; lines too long to hold are left out. */
    static byte[] journal(String saveId, List<byte[]> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new JournalHeader(saveId).line());
        for (byte[] line : lines) {
            if (line != null) {
                out.writeBytes(line);
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
