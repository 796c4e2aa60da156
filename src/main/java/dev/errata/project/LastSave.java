package dev.errata.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the last save of a project file was, kept beside it in {@code NAME.errata.save} rather than in it:
 * a field that changes with every save would make two analysts' branches of the file conflict in git on
 * that line alone. A save writes this before it renames the new file into place; the file's save id is
 * the hash of its own bytes, so a record that names another id belongs to a save that did not get as far
 * as the rename and says nothing about the file.
 *
 * @param saveId the id of the file the save wrote: the hash of its bytes
 * @param previousSaveId the id of the file it replaced, which the journal of the moment continued
 * @param journalEditsHeld how many of that journal's edits the saved file holds
 */
record LastSave(String saveId, String previousSaveId, int journalEditsHeld) {

    /** Far more than the three fields take; a larger file beside a project is not one Errata wrote. */
    private static final int MAX_BYTES = 4096;

    /** {@code NAME.errata.save} beside {@code NAME.errata.json}. */
    static Path beside(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return projectFile.resolveSibling(stem + ".save");
    }

    /** The save id of a file's bytes: the first 128 bits of their SHA-256, in hex. */
    static String idOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The record beside a project file when it is about the file with id {@code saveId}; empty when there
     * is none, it is about another save, or it cannot be read. It only decides whether a journal is
     * already held by the file, so a damaged one costs at most that journal's replay, which is set aside.
     */
    static Optional<LastSave> of(Path projectFile, String saveId) {
        Path file = beside(projectFile);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return Optional.empty();
            }
            LastSave last = ProjectJson.MAPPER.readValue(bytes, LastSave.class);
            return saveId.equals(last.saveId()) ? Optional.of(last) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the record beside {@code projectFile} atomically; the project file's own replace, which
     * follows, forces the folder for both renames.
     */
    void write(Disk disk, Path projectFile) throws IOException {
        byte[] json = (JournalCodec.ONE_LINE.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.replaceUnforced(disk, beside(projectFile), json, null);
    }
}
