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

    private JournalRecovery() {}

    /**
     * Leaves beside the project file only a journal that continues its save, or none.
     *
     * @param repair whether to leave the folder so (cut a torn line, set aside, unlink, drop held edits);
     *     false when opening only to read, which replays in memory and writes nothing
     * @return the edits replayed and the warnings for the user
     */
    static Recovery recover(
            Path projectFile, ProjectDocument doc, TagSession session, JournalCodec codec, Disk disk, boolean repair)
            throws IOException {
        Path journal = Project.journalOf(projectFile);
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return Recovery.NOTHING;
        }
        if (Files.isSymbolicLink(journal)) {
            // replaying cuts off a torn last line and appending goes on writing: through a link, both would
            // write outside the project's folder, which a project from elsewhere must never make Errata do
            return Recovery.warning(unreplayed(
                    journal, disk, repair, journal.getFileName() + " is a link to a file outside the project"));
        }
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            // a FIFO (a tar can carry one) would block the open forever; a device or folder is no journal either
            return Recovery.warning(
                    unreplayed(journal, disk, repair, journal.getFileName() + " is not a regular file"));
        }
        if (repair && AtomicFile.isShared(journal)) {
            // a hard link looks like the journal itself; a copy of our own is cut and appended to instead
            AtomicFile.unshare(disk, journal);
        }
        String continues = JournalHeader.read(journal).continues();
        if (Objects.equals(continues, doc.saveId())) {
            return JournalReplay.replay(journal, session, codec, 0, repair);
        }
        if (Objects.equals(continues, doc.previousSaveId())) {
            Integer held = doc.journalEditsHeld();
            if (held == null) {
                if (repair) {
                    disk.deleteIfExists(journal);
                }
                return Recovery.NOTHING;
            }
            if (held < 0) {
                return Recovery.warning(unreplayed(
                        journal,
                        disk,
                        repair,
                        projectFile.getFileName() + " says it holds " + held + " edits of " + journal.getFileName()
                                + ", which no save writes"));
            }
            // the save died after its rename: the file holds the journal's first edits, and those made while
            // it was written follow them; keep just those, continuing the file's own save
            Recovery recovery = JournalReplay.replay(journal, session, codec, held, repair);
            if (repair) {
                List<byte[]> lines = JournalLines.read(journal);
                AtomicFile.replace(
                        disk,
                        journal,
                        JournalLines.journal(doc.saveId(), lines.subList(Math.min(held, lines.size()), lines.size())),
                        null);
            }
            return recovery;
        }
        if (JournalLines.count(journal) == 0) {
            // a journal of no edits, as a save leaves it: the file changed under it (git checked out or
            // merged another version), and there is nothing to set aside
            if (repair) {
                disk.deleteIfExists(journal);
            }
            return Recovery.NOTHING;
        }
        return Recovery.warning(unreplayed(
                journal,
                disk,
                repair,
                journal.getFileName()
                        + " holds edits to another version of the project than this one (a restored backup?)"));
    }

    /**
     * Sets the journal aside when repairing, so that the next save does not overwrite it.
     *
     * @return the warning that says why the journal was not replayed and where it is kept
     */
    private static String unreplayed(Path journal, Disk disk, boolean repair, String why) throws IOException {
        if (!repair) {
            return why + ", so its edits were not replayed";
        }
        Path aside = unusedSibling(journal, ".unmatched");
        disk.rename(journal, aside);
        return why + ", so its edits were not replayed; they are kept in " + aside.getFileName();
    }

    private static Path unusedSibling(Path file, String suffix) {
        Path sibling = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(sibling, LinkOption.NOFOLLOW_LINKS); n++) {
            sibling = file.resolveSibling(file.getFileName() + suffix + n);
        }
        return sibling;
    }
}
