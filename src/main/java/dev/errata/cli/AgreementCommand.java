package dev.errata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.workbench.Agreement;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata agreement}: how far two analysts agree on each hand tag. */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = {
            "For each hand tag of both projects, over the rows both analysts reviewed: Cohen's kappa with its 95%% "
                    + "interval (the large-sample standard error of Fleiss, Cohen and Everitt, 1969), the raw agreement and the "
                    + "rows in disagreement. A kappa under 0.6 says the tag's definition needs work.",
            "With three projects or more: Krippendorff's alpha (nominal) over the rows two or more reviewed, its "
                    + "interval the 2.5th to 97.5th percentile of 2,000 resamples of those rows; in JSON the fields "
                    + "alpha, alpha_low and alpha_high stand for kappa's."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad input: not projects, or over different data"})
final class AgreementCommand implements Callable<Integer> {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "2..*",
            paramLabel = "PROJECT",
            description = "Two or more analysts' projects over the same data, the first's data the others must match.")
    List<Path> projects;

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() throws Exception {
        Agreement agreement = Agreement.between(projects);
        format.print(spec.commandLine().getOut(), agreement::table, () -> json(agreement));
        return 0;
    }

    private static String json(Agreement agreement) {
        ObjectNode root = JSON.objectNode().put("both_reviewed", agreement.bothReviewed());
        ArrayNode tags = root.putArray("tags");
        for (Agreement.TagAgreement t : agreement.tags()) {
            ObjectNode tag = tags.addObject().put("tag", t.tag());
            String name = t.measure().name();
            number(tag, name, t.measure().value());
            number(tag, name + "_low", t.measure().low());
            number(tag, name + "_high", t.measure().high());
            number(tag, "agreement", t.measure().agreement());
            tag.put("both_reviewed", t.measure().rows());
            t.disagreements().forEach(tag.putArray("disagreements")::add);
        }
        return root.toPrettyString() + "\n";
    }

    /** JSON has no NaN: a value that is undefined is null. */
    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
