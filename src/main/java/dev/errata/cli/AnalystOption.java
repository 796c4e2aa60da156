package dev.errata.cli;

import dev.errata.tags.TagSession;
import picocli.CommandLine.Option;

/** Who the review marks and hand tags a command sets are recorded for. */
public final class AnalystOption {

    @Option(
            names = "--analyst",
            paramLabel = "NAME",
            description = "Who the review marks and tags set are recorded for where the file's reviewed_by or "
                    + "tagged_by column names no one (default: the system user).")
    String name;

    /** @throws IllegalArgumentException for a name that is blank, more than one line or too long */
    void applyTo(TagSession session) {
        if (name != null) {
            session.setAnalyst(name);
        }
    }
}
