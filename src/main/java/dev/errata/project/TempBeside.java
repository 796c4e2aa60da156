package dev.errata.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * The temporary files Errata writes beside a file before renaming them over it: {@code FILE.errata-tmp-DIGITS.tmp}.
 * The name is distinctive and matched exactly, so that removing leftovers never touches a file of the
 * user's that merely starts like the project's name ({@code NAME.errata.json.old.tmp}).
 */
public final class TempBeside {

    private static final String MARK = ".errata-tmp-";
    private static final String SUFFIX = ".tmp";

    private TempBeside() {}

    /**
     * An empty temp file beside {@code file}, that no other writer can pick. Java makes temp files readable
     * by their owner only; the file becomes {@code file} itself, so it takes the permissions {@code file} has,
     * or those of a new file.
     */
    public static Path create(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName() + MARK, SUFFIX);
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(
                    temp,
                    Files.isRegularFile(target)
                            ? Files.getPosixFilePermissions(target)
                            : PosixFilePermissions.fromString("rw-r--r--"));
        }
        return temp;
    }

    /** Whether {@code candidate} is a name {@link #create} gives for {@code file}, and no other. */
    static boolean isTempOf(Path candidate, Path file) {
        return Pattern.matches(
                Pattern.quote(file.getFileName() + MARK) + "\\d+" + Pattern.quote(SUFFIX),
                candidate.getFileName().toString());
    }
}
