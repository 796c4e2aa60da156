package dev.errata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether two paths name one file, however they are spelled: through links, {@code ./} or {@code ..}. */
final class RealPaths {

    private RealPaths() {}

    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                // the same device and inode: hard links too
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by name below
        }
        return real(a).equals(real(b));
    }

    /** The path with its folder's links resolved, for a file that may not exist yet. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            try {
                return parent == null
                        ? absolute.normalize()
                        : parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException again) {
                return absolute.normalize();
            }
        }
    }
}
