package dev.errata.cli;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.workbench.reviews.ReviewChanges;
import dev.errata.workbench.reviews.ReviewsImport;
import dev.errata.workbench.reviews.ReviewsOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata tags import}: the analyst's hand tags, review marks and notes from elsewhere, into a project. */
@Command(
        name = "tags",
        mixinStandardHelpOptions = true,
        description = "Works on a project's hand tags, review marks and notes.",
        footerHeading = "%nExample:%n",
        footer = {
            "  errata tags import churn.errata.json --from reviews.csv --create-tags --dry-run",
            "  tagged 120 rows with 3 tags, marked 150 reviewed, set 12 notes"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input: a project, reviews file, id, tag or value that cannot be used"})
final class TagsCommand {

    @Spec
    CommandSpec spec;

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Merges hand tags, review marks and notes made in a spreadsheet or a labelling tool into the "
                        + "project and saves it. The CSV is either long, with columns id, tag, reviewed, note (one line per row "
                        + "and tag; an empty tag only marks reviewed or sets a note), or wide, as 'errata export rows' writes it: "
                        + "id, reviewed, note and one 0/1 column per hand tag, named tag:NAME (a new tag always so) or by the "
                        + "tag's name; other columns are ignored and listed. reviewed and tag cells take 1/0, true/false or yes/no; an empty cell changes "
                        + "nothing, 0 untags or unmarks. The merge is one step of the project's history, journaled like any edit. "
                        + "The project's own file, journal and backup are refused as the CSV.",
                "",
                "Prints what changed, e.g. \"tagged 120 rows with 3 tags, marked 150 reviewed, set 12 notes\"."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:merged and saved (or, with --dry-run, only counted)",
                "2:bad input, one line on stderr naming the file, line and column: an unknown id or tag, a bad value"
            })
    int importReviews(
            @Parameters(paramLabel = "PROJECT", description = "The project (NAME.errata.json).") Path projectFile,
            @Option(names = "--from", paramLabel = "REVIEWS.csv", required = true, description = "The CSV of reviews.")
                    Path reviews,
            @Option(
                            names = "--create-tags",
                            description = "Create a tag the project lacks as a hand tag, instead of refusing it.")
                    boolean createTags,
            @Option(
                            names = "--skip-unknown-ids",
                            description = "Skip and count a line whose id the data lacks, instead of refusing it.")
                    boolean skipUnknownIds,
            @Option(names = "--dry-run", description = "Print what would change; save nothing.") boolean dryRun,
            @Mixin AnalystOption analyst)
            throws IOException {
        ReviewsOptions options = new ReviewsOptions(createTags, skipUnknownIds);
        PrintWriter out = spec.commandLine().getOut();
        // a dry run only reads: it neither starts a journal nor cuts a torn one
        ProjectOpener opener = new ProjectOpener();
        try (Project project =
                dryRun ? opener.openToRead(projectFile, Progress.NONE) : opener.open(projectFile, Progress.NONE)) {
            analyst.applyTo(project.session());
            ReviewChanges changes = ReviewsImport.read(
                    reviews,
                    project.file(),
                    project.dataset(),
                    project.session().tags(),
                    options);
            changes.summary(project.session()).forEach(out::println);
            if (dryRun) {
                out.println("dry run: " + project.file().getFileName() + " is unchanged");
            } else {
                changes.applyTo(project.session());
                project.save();
                out.println("saved " + project.file().getFileName());
            }
        }
        out.flush();
        return 0;
    }
}
