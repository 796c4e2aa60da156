package dev.errata.workbench;

import dev.errata.data.Excerpt;
import dev.errata.metrics.ChanceCorrected;
import dev.errata.metrics.CohenKappa;
import dev.errata.metrics.KrippendorffAlpha;
import dev.errata.project.SharedReviews;
import dev.errata.report.NumberText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How far analysts agree on each hand tag, over the rows two or more of them reviewed: for two, Cohen's
 * kappa with its 95% interval ({@link CohenKappa}); for more, Krippendorff's alpha ({@link
 * KrippendorffAlpha}); the raw agreement and the rows they disagree on. A kappa or alpha under
 * {@link #WORKABLE} says the tag's definition needs work before its counts mean much.
 *
 * @param analysts how many analysts' projects were compared
 * @param bothReviewed how many rows two or more reviewed (for two analysts: both)
 */
public record Agreement(int analysts, int bothReviewed, List<TagAgreement> tags) {

    /** The kappa or alpha under which a tag's definition is read differently by the analysts too often. */
    public static final double WORKABLE = 0.6;

    /**
     * @param measure kappa for two analysts, alpha for more
     * @param disagreements the ids of the rows where one analyst tagged it and another did not
     */
    public record TagAgreement(String tag, ChanceCorrected measure, List<String> disagreements) {

        /** Whether the analysts read the tag differently too often for its counts to mean much; false when the measure has no value. */
        public boolean needsWork() {
            return measure.value() < WORKABLE;
        }
    }

    /**
     * @param projects two or more analysts' projects over the same data
     * @throws dev.errata.project.ProjectFileException when one is not a project, or they are over different data
     */
    public static Agreement between(List<Path> projects) throws IOException {
        if (projects.size() < 2) {
            throw new IllegalArgumentException("agreement is between two projects or more, not " + projects.size());
        }
        SharedReviews shared = SharedReviews.of(projects);
        List<TagAgreement> tags = new ArrayList<>();
        for (SharedReviews.Answers answers : shared.tags()) {
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < shared.rows().size(); i++) {
                if (Arrays.stream(answers.answers()[i])
                                .filter(Objects::nonNull)
                                .distinct()
                                .count()
                        > 1) {
                    disagreements.add(shared.rows().get(i));
                }
            }
            tags.add(new TagAgreement(answers.tag(), measure(answers.answers(), projects.size()), disagreements));
        }
        return new Agreement(projects.size(), shared.rows().size(), tags);
    }

    /** Kappa over the rows both reviewed for two analysts, alpha for more. */
    private static ChanceCorrected measure(Boolean[][] answers, int analysts) {
        if (analysts > 2) {
            return KrippendorffAlpha.of(answers);
        }
        boolean[] first = new boolean[answers.length];
        boolean[] second = new boolean[answers.length];
        for (int i = 0; i < answers.length; i++) {
            first[i] = answers[i][0];
            second[i] = answers[i][1];
        }
        return CohenKappa.of(first, second);
    }

    /** "kappa" for two analysts, "alpha" for more. */
    public String measureName() {
        return analysts > 2 ? "alpha" : "kappa";
    }

    /** The agreement as a text table, one line per tag, saying why kappa is undefined or the definition needs work. */
    public String table() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s rows reviewed by %s%n%n",
                NumberText.count(bothReviewed),
                measureName().equals("kappa") ? "both" : "two or more"));
        text.append(String.format(
                Locale.ROOT,
                "%-24s %7s  %-17s %9s  %s%n",
                "tag",
                measureName(),
                "95% interval",
                "agreement",
                "disagreements"));
        for (Agreement.TagAgreement t : tags) {
            ChanceCorrected measure = t.measure();
            String why = measure.undefinedBecause();
            String interval = why != null
                    ? NumberText.UNDEFINED
                    : String.format(Locale.ROOT, "%.2f to %.2f", measure.low(), measure.high());
            text.append(String.format(
                    Locale.ROOT,
                    "%-24s %7s  %-17s %9s  %d%s%n",
                    Excerpt.cell(t.tag()),
                    why != null ? NumberText.UNDEFINED : String.format(Locale.ROOT, "%.2f", measure.value()),
                    interval,
                    measure.rows() == 0 ? NumberText.UNDEFINED : NumberText.percent(measure.agreement()),
                    t.disagreements().size(),
                    why != null
                            ? "  (" + measure.name() + " undefined: " + why + ")"
                            : t.needsWork() ? "  (under 0.6: the definition needs work)" : ""));
        }
        return text.toString();
    }
}
