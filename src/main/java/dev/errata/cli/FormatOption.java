package dev.errata.cli;

import dev.errata.data.VisibleText;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format table|json} of a command that prints one document. */
public final class FormatOption {

    enum Format {
        table,
        json
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description =
                    "table (for people) or json (its fields are in the command's page under docs/); default ${DEFAULT-VALUE}.")
    Format format;

    /**
     * Prints the chosen form with what a terminal would act on (C1 controls, direction overrides) shown as
     * escapes; JSON escapes only C0 controls itself, and these escapes are JSON's own, so the document reads
     * back the same.
     */
    void print(PrintWriter out, Supplier<String> table, Supplier<String> json) {
        out.print(VisibleText.of(format == Format.json ? json.get() : table.get(), "\n"));
        out.flush();
    }
}
