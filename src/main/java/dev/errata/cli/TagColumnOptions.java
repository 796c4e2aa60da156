package dev.errata.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flag columns to read as tags, declared once for the desktop's commands and the Spark job. */
public final class TagColumnOptions {

    @Option(
            names = "--tag-column",
            paramLabel = "COL",
            description = "A boolean column to treat as a tag (repeatable).")
    List<String> columns = new ArrayList<>();

    @Option(
            names = "--tag-columns",
            paramLabel = "GLOB",
            description =
                    "Boolean columns whose names match, e.g. 'tag_*' or 'is_*', as tags (repeatable; * any characters,"
                            + " ? one).")
    List<String> globs = new ArrayList<>();

    /** The columns named one by one. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** The globs naming more columns. */
    public List<String> globs() {
        return List.copyOf(globs);
    }
}
