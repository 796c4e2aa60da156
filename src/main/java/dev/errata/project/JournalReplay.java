package dev.errata.project;

import dev.errata.data.Excerpt;
import dev.errata.tags.TagEdit;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-applies the edits of a journal left by a session that ended without saving, after the header that
 * {@link JournalRecovery} checked. A process killed while
 * appending leaves a last line without its newline: that edit never completed, so it is skipped with a
 * warning and, when repairing, cut off, so the next edit starts on a line of its own.
 */
final class JournalReplay {

    private JournalReplay() {}

    /**
     * Replays all but the first {@code held} edits, which the project file already holds.
     *
     * @param repair whether to cut off a torn last line; false when opening only to read
     */
    static Recovery replay(Path journal, TagSession session, JournalCodec codec, int held, boolean repair)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        int[] counts = {0, 0};
        long[] tornAt = {-1};
        JournalLines.scan(journal, line -> {
            if (!line.whole()) {
                warnings.add(
                        journal.getFileName() + ":" + line.number() + ": skipped an edit cut off when Errata stopped");
                tornAt[0] = line.offset();
            } else if (JournalLines.isEdit(line) && counts[1]++ >= held) {
                counts[0] += replayLine(journal, line, session, codec, warnings) ? 1 : 0;
            }
            return true;
        });
        if (tornAt[0] >= 0 && repair) {
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                channel.truncate(tornAt[0]);
            }
        }
        int replayed = counts[0];
        if (replayed > 0) {
            warnings.add(
                    0,
                    "recovered " + replayed + " unsaved edit" + (replayed == 1 ? "" : "s") + " from "
                            + journal.getFileName());
        }
        return new Recovery(replayed, warnings);
    }

    /** @return whether the line's edit was applied; one that cannot be is skipped with a warning */
    private static boolean replayLine(
            Path journal, JournalLines.Line line, TagSession session, JournalCodec codec, List<String> warnings) {
        String where = journal.getFileName() + ":" + line.number() + ": ";
        if (line.tooLong()) {
            warnings.add(where + "skipped a line longer than a journal line can be (" + (JournalLines.MAX_LINE >> 20)
                    + " MB)");
            return false;
        }
        try {
            TagEdit edit = codec.decode(line.text());
            if (edit != null) {
                session.apply(edit);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            warnings.add(where + "skipped an edit that could not be replayed: "
                    + Excerpt.of(String.valueOf(e.getMessage()), 300));
        }
        return false;
    }
}
