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
 * records its own fresh id and the id of the save it replaced, so the journal holds either the edits
 * since the file's save, which are replayed; or edits the file already holds, because the save that
 * wrote the file died before starting the journal over, which are dropped without a word; or edits to
 * another version of the file, such as a restored backup, which are set aside unreplayed, since they
 * may not fit the state this file holds.
 */
final class JournalRecovery {

    private JournalRecovery() {
    }

    /**
     * Leaves beside the file only a journal that continues its save, or none.
     *
     * @return warnings for the user, one line each
     */
    static List<String> recover(Path journal, ProjectDocument doc, TagSession session, JournalCodec codec, Disk disk) throws IOException {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (Files.isSymbolicLink(journal)) {
            // replaying cuts off a torn last line and appending goes on writing: through a link, both would
            // write outside the project's folder, which a project from elsewhere must never make Errata do
            return List.of(setAside(journal, disk, "is a link to a file outside the project"));
        }
        String continues = JournalHeader.read(journal).continues();
        if (Objects.equals(continues, doc.saveId())) {
            return JournalReplay.replay(journal, session, codec);
        }
        if (Objects.equals(continues, doc.previousSaveId())) {
            disk.deleteIfExists(journal);
            return List.of();
        }
        return List.of(setAside(journal, disk, "holds edits to another version of the project than this one (a restored backup?)"));
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
