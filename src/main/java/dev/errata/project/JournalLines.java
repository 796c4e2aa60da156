package dev.errata.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The edit lines of a journal, after its header: whole lines only, each with its newline. */
final class JournalLines {

    private JournalLines() {
    }

    static List<byte[]> read(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, i + 1);
                boolean header = lines.isEmpty() && start == 0
                        && JournalHeader.parse(new String(line, java.nio.charset.StandardCharsets.UTF_8).strip()).isPresent();
                if (!header) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** A journal that continues {@code saveId} with the given edit lines. */
    static byte[] journal(String saveId, List<byte[]> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new JournalHeader(saveId).line());
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
