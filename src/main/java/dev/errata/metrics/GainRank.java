package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a tag stands by potential gain once the gains' intervals are taken into account: tags whose
 * intervals overlap are not ranked as if they differed. A tag's best rank is 1 + the tags whose whole
 * interval lies above its own; its worst, the tags whose interval reaches up to its own (itself
 * included). Tags without a gain (no baseline, or unknown) have no rank.
 */
public record GainRank(int best, int worst) {

    public static final GainRank NONE = new GainRank(0, 0);

    /** Tags by potential gain, largest first; tags without a gain (no baseline, unknown) last. */
    public static List<TagMetrics> byGain(List<TagMetrics> tags) {
        Comparator<TagMetrics> gain =
                Comparator.comparingDouble(t -> t.potentialGain().value());
        return tags.stream()
                .sorted(Comparator.<TagMetrics, Boolean>comparing(
                                t -> !t.potentialGain().isKnown())
                        .thenComparing(gain.reversed()))
                .toList();
    }

    /** The rank of each tag, in the order given. */
    public static List<GainRank> of(List<TagMetrics> tags) {
        List<GainRank> ranks = new ArrayList<>(tags.size());
        for (TagMetrics tag : tags) {
            Proportion gain = tag.potentialGain();
            if (!gain.isKnown()) {
                ranks.add(NONE);
                continue;
            }
            int above = 0;
            int reaching = 0;
            for (TagMetrics other : tags) {
                Proportion g = other.potentialGain();
                if (g.isKnown() && g.low() > gain.high()) {
                    above++;
                }
                if (g.isKnown() && g.high() >= gain.low()) {
                    reaching++;
                }
            }
            ranks.add(new GainRank(above + 1, Math.max(above + 1, reaching)));
        }
        return ranks;
    }

    /** "2", or "1–3" when the intervals leave the order open; "—" without a gain. */
    public String label() {
        if (best == 0) {
            return "—";
        }
        return best == worst ? Integer.toString(best) : best + "–" + worst;
    }
}
