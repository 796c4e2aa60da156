package dev.errata.cli;

import dev.errata.data.VisibleText;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format table|json} of a command that prints one document. */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table (for people) or json (docs/label-errors.md); default ${DEFAULT-VALUE}.")
    MetricsCommand.Format format;

    /**
     * Prints the chosen form; what a terminal would act on (C1 controls, direction overrides) shows as
     * escapes, as in {@code metrics}.
     */
    void print(PrintWriter out, Supplier<String> table, Supplier<String> json) {
        out.print(VisibleText.of(format == MetricsCommand.Format.json ? json.get() : table.get(), "\n"));
        out.flush();
    }
}
