package dev.errata.workbench;

import dev.errata.data.Excerpt;
import dev.errata.metrics.CohenKappa;
import dev.errata.project.BothReviewed;
import dev.errata.report.NumberText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far two analysts agree on each hand tag, over the rows both reviewed: Cohen's kappa with its 95%
 * interval ({@link CohenKappa}), the raw agreement and the rows they disagree on. A kappa under
 * {@link #WORKABLE} says the tag's definition needs work before its counts mean much.
 *
 * @param bothReviewed how many rows both reviewed
 */
public record Agreement(int bothReviewed, List<TagAgreement> tags) {

    /** The kappa under which a tag's definition is read differently by the two analysts too often. */
    public static final double WORKABLE = 0.6;

    /** @param disagreements the ids of the rows where one analyst tagged it and the other did not */
    public record TagAgreement(String tag, CohenKappa kappa, List<String> disagreements) {

        /** Whether the two read the tag differently too often for its counts to mean much; false when kappa has no value. */
        public boolean needsWork() {
            return kappa.kappa() < WORKABLE;
        }
    }

    /** @throws dev.errata.project.ProjectFileException when either is not a project, or they are over different data */
    public static Agreement between(Path first, Path second) throws IOException {
        BothReviewed both = BothReviewed.of(first, second);
        List<TagAgreement> tags = new ArrayList<>();
        for (BothReviewed.Answers answers : both.tags()) {
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < both.rows().size(); i++) {
                if (answers.first()[i] != answers.second()[i]) {
                    disagreements.add(both.rows().get(i));
                }
            }
            tags.add(new TagAgreement(answers.tag(), CohenKappa.of(answers.first(), answers.second()), disagreements));
        }
        return new Agreement(both.rows().size(), tags);
    }

    /** The agreement as a text table, one line per tag, saying why kappa is undefined or the definition needs work. */
    public String table() {
        StringBuilder text = new StringBuilder(
                String.format(Locale.ROOT, "%s rows reviewed by both%n%n", NumberText.count(bothReviewed)));
        text.append(String.format(
                Locale.ROOT,
                "%-24s %7s  %-17s %9s  %s%n",
                "tag",
                "kappa",
                "95% interval",
                "agreement",
                "disagreements"));
        for (Agreement.TagAgreement t : tags) {
            String why = t.kappa().undefinedBecause();
            String interval = why != null
                    ? NumberText.UNDEFINED
                    : String.format(
                            Locale.ROOT,
                            "%.2f to %.2f",
                            t.kappa().low(),
                            t.kappa().high());
            text.append(String.format(
                    Locale.ROOT,
                    "%-24s %7s  %-17s %9s  %d%s%n",
                    Excerpt.cell(t.tag()),
                    why != null
                            ? NumberText.UNDEFINED
                            : String.format(Locale.ROOT, "%.2f", t.kappa().kappa()),
                    interval,
                    t.kappa().rows() == 0
                            ? NumberText.UNDEFINED
                            : NumberText.percent(t.kappa().agreement()),
                    t.disagreements().size(),
                    why != null
                            ? "  (kappa undefined: " + why + ")"
                            : t.needsWork() ? "  (under 0.6: the definition needs work)" : ""));
        }
        return text.toString();
    }
}
