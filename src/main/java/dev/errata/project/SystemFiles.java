package dev.errata.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Files the operating system makes up rather than stores: {@code /proc/self/environ} reads as a regular
 * file and holds the process's environment, secrets included. No data set lives there.
 */
final class SystemFiles {

    /** Where Unix systems mount them. */
    private static final Set<String> FOLDERS = Set.of("proc", "sys", "dev");

    /** Their file systems, wherever they are mounted. */
    private static final Set<String> TYPES = Set.of(
            "proc",
            "sysfs",
            "devtmpfs",
            "devpts",
            "debugfs",
            "tracefs",
            "securityfs",
            "cgroup",
            "cgroup2",
            "configfs",
            "efivarfs",
            "pstore",
            "bpf");

    private SystemFiles() {}

    /** @return the system's area the file is in ({@code /proc}), or empty for a file that is stored */
    static Optional<String> area(Path file) {
        try {
            Path real = file.toRealPath();
            if (real.getNameCount() > 0 && FOLDERS.contains(real.getName(0).toString())) {
                return Optional.of("/" + real.getName(0));
            }
            String type = Files.getFileStore(real).type();
            return TYPES.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            // unreadable: the loader says so with the file's name
            return Optional.empty();
        }
    }
}
