package dev.errata.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The temp files of saves that were killed before their rename, removed when the project opens again. A
 * save takes seconds, so a temp file older than {@link #AGE} belongs to no save still running; one of
 * another project, or any other file, even one whose name starts like the project's, is never touched.
 */
final class SaveLeftovers {

    static final Duration AGE = Duration.ofMinutes(10);

    private SaveLeftovers() {}

    /** Removes the leftovers of the project file's saves, of their records and of its journal's restarts. */
    static int clean(Path projectFile, Instant now) {
        return cleanBeside(projectFile, now)
                + cleanBeside(Project.journalOf(projectFile), now)
                + cleanBeside(LastSave.beside(projectFile), now);
    }

    /** @return how many leftovers of {@code file} were removed */
    private static int cleanBeside(Path file, Instant now) {
        Path folder = file.toAbsolutePath().getParent();
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, temp -> TempBeside.isTempOf(temp, file))) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp).toInstant().isBefore(now.minus(AGE))) {
                    Files.deleteIfExists(temp);
                    removed++;
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed or written keeps its leftovers, and the project still opens
        }
        return removed;
    }
}
