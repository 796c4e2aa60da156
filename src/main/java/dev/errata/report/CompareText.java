package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.percent;
import static dev.errata.report.NumberText.points;

import dev.errata.compare.LevelComparison;
import dev.errata.compare.ModelComparison;
import dev.errata.compare.PairedAuc;
import dev.errata.compare.PairedDifference;
import dev.errata.compare.PairedOutcomes;
import dev.errata.data.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A comparison of models as a table for a person at a terminal: one line per level. */
public final class CompareText {

    private CompareText() {}

    public static String write(ModelComparison comparison) {
        List<String> models = comparison.names();
        StringBuilder out = new StringBuilder();
        out.append("Models: ")
                .append(String.join(", ", models))
                .append("; fixed and broken are ")
                .append(models.get(1))
                .append(" against ")
                .append(models.get(0))
                .append(", the difference ")
                .append(models.get(1))
                .append(" − ")
                .append(models.get(0))
                .append(" with its 95% paired interval\n\n");
        ReportTable table = new ReportTable(header(models));
        table.row(row("overall", comparison.overall()));
        comparison.classes().forEach(level -> table.row(row("class " + level.name(), level)));
        comparison.slices().forEach(level -> table.row(row(level.column() + " = " + level.name(), level)));
        comparison.tags().forEach(level -> table.row(row("tag " + level.name(), level)));
        out.append(TextTable.render(table, "  "));
        if (comparison.auc() != null) {
            out.append('\n').append(aucLine(models, comparison.auc())).append('\n');
        }
        return VisibleText.of(out.toString(), "\n");
    }

    private static List<String> header(List<String> models) {
        List<String> header = new ArrayList<>(List.of("level", "rows"));
        models.forEach(m -> header.add("accuracy " + m));
        header.addAll(List.of("difference", "fixed", "broken", "p (McNemar)"));
        return header;
    }

    private static List<String> row(String name, LevelComparison<?> level) {
        PairedOutcomes paired = level.paired();
        List<String> cells = new ArrayList<>(List.of(name, count(paired.rows())));
        level.accuracy().forEach(a -> cells.add(percent(a)));
        cells.add(difference(paired.accuracyDifference()));
        cells.add(count(paired.fixed()));
        cells.add(count(paired.broken()));
        cells.add(pValue(paired.pValue()));
        return cells;
    }

    /** "ROC AUC v1 0.912 → v2 0.925: +1.3 pp [+0.4 pp, +2.2 pp], p (DeLong) 0.0041". */
    public static String aucLine(List<String> models, PairedAuc auc) {
        return String.format(
                Locale.ROOT,
                "ROC AUC %s %.3f → %s %.3f: %s, p (DeLong) %s",
                models.get(0),
                auc.first(),
                models.get(1),
                auc.second(),
                difference(auc.difference()),
                pValue(auc.pValue()));
    }

    /** The difference with its interval, or that the interval holds zero: a small change is not a win. */
    public static String difference(PairedDifference d) {
        if (Double.isNaN(d.value())) {
            return NumberText.UNDEFINED;
        }
        String interval = points(d.value()) + " [" + points(d.low()) + ", " + points(d.high()) + "]";
        return d.holdsZero() ? interval + " no clear difference" : interval;
    }

    public static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
