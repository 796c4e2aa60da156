package dev.errata.project;

import dev.errata.tags.TagEdit;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-applies the edits of a journal left by a session that ended without saving, after the header that
 * {@link JournalRecovery} checked. A process killed while
 * appending leaves a last line without its newline: that edit never completed, so it is skipped with a
 * warning and cut off, so the next edit starts on a line of its own.
 */
final class JournalReplay {

    private JournalReplay() {
    }

    static Recovery replay(Path journal, TagSession session, JournalCodec codec) throws IOException {
        return replay(journal, session, codec, 0);
    }

    /** Replays all but the first {@code held} edits, which the project file already holds. */
    static Recovery replay(Path journal, TagSession session, JournalCodec codec, int held) throws IOException {
        List<String> warnings = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(journal);
        int start = 0;
        int lineNumber = 0;
        int replayed = 0;
        int skipped = 0;
        for (int end; (end = indexOf(bytes, start)) >= 0; start = end + 1) {
            lineNumber++;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (line.isBlank() || lineNumber == 1 && JournalHeader.parse(line).isPresent() || skipped++ < held) {
                continue;
            }
            try {
                TagEdit edit = codec.decode(line);
                if (edit != null) {
                    session.apply(edit);
                    replayed++;
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(journal.getFileName() + ":" + lineNumber + ": skipped an edit that could not be replayed: " + e.getMessage());
            }
        }
        if (start < bytes.length) {
            warnings.add(journal.getFileName() + ":" + (lineNumber + 1) + ": skipped an edit cut off when Errata stopped");
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                channel.truncate(start);
            }
        }
        if (replayed > 0) {
            warnings.add(0, "recovered " + replayed + " unsaved edit" + (replayed == 1 ? "" : "s") + " from " + journal.getFileName());
        }
        return new Recovery(replayed, warnings);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
