package dev.errata.project;

import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Decides on open what the journal beside a project file holds, by the save its header names. Each save
 * records its own fresh id, the id of the save it replaced and how many of that save's journaled edits
 * it holds, so the journal holds either the edits since the file's save, which are replayed; or, because
 * the save that wrote the file died before starting the journal over, edits the file already holds,
 * which are skipped without a word, followed by any made while the file was written, which are replayed;
 * or edits to another version of the file, such as a restored backup, which are set aside unreplayed,
 * since they may not fit the state this file holds.
 */
final class JournalRecovery {

    private JournalRecovery() {
    }

    /**
     * Leaves beside the file only a journal that continues its save, or none.
     *
     * @return the edits replayed and the warnings for the user
     */
    static Recovery recover(Path journal, ProjectDocument doc, TagSession session, JournalCodec codec, Disk disk) throws IOException {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return Recovery.NOTHING;
        }
        if (Files.isSymbolicLink(journal)) {
            // replaying cuts off a torn last line and appending goes on writing: through a link, both would
            // write outside the project's folder, which a project from elsewhere must never make Errata do
            return Recovery.warning(setAside(journal, disk, "is a link to a file outside the project"));
        }
        String continues = JournalHeader.read(journal).continues();
        if (Objects.equals(continues, doc.saveId())) {
            return JournalReplay.replay(journal, session, codec);
        }
        if (Objects.equals(continues, doc.previousSaveId())) {
            if (doc.journalEditsHeld() == null) {
                disk.deleteIfExists(journal);
                return Recovery.NOTHING;
            }
            // the save died after its rename: the file holds the journal's first edits, and those made while
            // it was written follow them; keep just those, continuing the file's own save
            int held = doc.journalEditsHeld();
            Recovery recovery = JournalReplay.replay(journal, session, codec, held);
            List<byte[]> lines = JournalLines.read(journal);
            AtomicFile.replace(disk, journal, JournalLines.journal(doc.saveId(), lines.subList(Math.min(held, lines.size()),
                    lines.size())), null);
            return recovery;
        }
        return Recovery.warning(setAside(journal, disk, "holds edits to another version of the project than this one (a restored backup?)"));
    }

    /** @return the warning that says why the journal was not replayed and where it is kept */
    private static String setAside(Path journal, Disk disk, String why) throws IOException {
        Path aside = unusedSibling(journal, ".unmatched");
        disk.rename(journal, aside);
        return journal.getFileName() + " " + why + ", so its edits were not replayed; they are kept in " + aside.getFileName();
    }

    private static Path unusedSibling(Path file, String suffix) {
        Path sibling = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(sibling, LinkOption.NOFOLLOW_LINKS); n++) {
            sibling = file.resolveSibling(file.getFileName() + suffix + n);
        }
        return sibling;
    }
}
