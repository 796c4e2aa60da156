package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.percent;
import static dev.errata.report.NumberText.points;
import static dev.errata.report.NumberText.withInterval;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.GainRank;
import dev.errata.metrics.RateSpread;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.tags.TagDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables only a report shows: priorities, fairness and checks. */
final class FindingTables {

    static final List<BinaryRate> FAIRNESS_RATES =
            List.of(BinaryRate.POSITIVE_RATE, BinaryRate.TPR, BinaryRate.FPR, BinaryRate.TNR, BinaryRate.FNR);

    private FindingTables() {}

    static ReportTable priorities(List<TagMetrics> tags, List<TagDefinition> definitions) {
        Map<String, TagDefinition> byName =
                definitions.stream().collect(Collectors.toMap(TagDefinition::name, Function.identity(), (a, b) -> a));
        ReportTable t = new ReportTable(
                "rank",
                "tag",
                "potential gain",
                "headroom",
                "prevalence",
                "accuracy",
                "baseline",
                "ease",
                "importance");
        List<TagMetrics> ranked = GainRank.byGain(tags);
        List<GainRank> ranks = GainRank.of(ranked);
        for (int i = 0; i < ranked.size(); i++) {
            TagMetrics m = ranked.get(i);
            TagDefinition d = byName.get(m.name());
            t.row(
                    ranks.get(i).label(),
                    m.name(),
                    withInterval(m.potentialGain()),
                    percent(m.headroom().value()),
                    percent(m.prevalence().value()),
                    percent(m.accuracy().value()),
                    percent(m.baseline()),
                    score(d == null ? null : d.ease()),
                    score(d == null ? null : d.importance()));
        }
        return t;
    }

    private static String score(Integer value) {
        return value == null ? NumberText.UNDEFINED : value + " / 5";
    }

    /** Each group's fairness rates and gaps to the overall rate, then the spread (max − min) over the groups. */
    static ReportTable fairness(SliceTable table) {
        List<String> header = new ArrayList<>(List.of("group", "rows"));
        for (BinaryRate rate : FAIRNESS_RATES) {
            header.add(label(rate));
            header.add("gap");
        }
        ReportTable t = new ReportTable(header);
        for (Slice slice : table.slices()) {
            List<String> row = new ArrayList<>(List.of(slice.value(), count(slice.rows())));
            for (BinaryRate rate : FAIRNESS_RATES) {
                row.add(percent(slice.binary().rates().value(rate)));
                row.add(points(slice.binary().gap(rate)));
            }
            t.row(row);
        }
        List<String> spread = new ArrayList<>(List.of("max − min", ""));
        for (BinaryRate rate : FAIRNESS_RATES) {
            RateSpread s = table.spreads().stream()
                    .filter(r -> r.rate() == rate)
                    .findFirst()
                    .orElseThrow();
            spread.add(points(s.difference()));
            spread.add("");
        }
        return t.row(spread);
    }

    static String label(BinaryRate rate) {
        return rate == BinaryRate.POSITIVE_RATE ? "positive rate" : rate.key().toUpperCase(java.util.Locale.ROOT);
    }

    static ReportTable checks(List<CheckResult> results) {
        ReportTable t = new ReportTable("result", "check", "value");
        for (CheckResult r : results) {
            t.row(CheckText.verdict(r), r.check().text(), CheckText.valueOrReason(r));
        }
        return t;
    }
}
