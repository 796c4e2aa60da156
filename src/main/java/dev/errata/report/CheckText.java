package dev.errata.report;

import dev.errata.data.VisibleText;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.metrics.checks.MetricNames;
import java.util.List;

/** Checks as lines for a terminal or a CI log: PASS or FAIL, the check, and its value or why it has none. */
public final class CheckText {

    private CheckText() {}

    public static String write(List<CheckResult> results) {
        if (results.isEmpty()) {
            return "no checks: add them to the project or give --check\n";
        }
        int width = results.stream()
                .mapToInt(r -> VisibleText.of(r.check().text()).length())
                .max()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        for (CheckResult r : results) {
            String text = VisibleText.of(r.check().text());
            out.append(verdict(r))
                    .append("  ")
                    .append(text)
                    .append(" ".repeat(width - text.length()))
                    .append("  ")
                    .append(VisibleText.of(valueOrReason(r)))
                    .append('\n');
        }
        long passed = results.stream().filter(CheckResult::passed).count();
        out.append(passed).append(" of ").append(results.size()).append(" checks passed\n");
        return out.toString();
    }

    public static String verdict(CheckResult result) {
        return result.passed() ? "PASS" : "FAIL";
    }

    /**
     * The value as the metric reads (a count without decimals) and how it was made when that is worth
     * saying (an estimate from reviewed rows), or the reason there is none.
     */
    public static String valueOrReason(CheckResult result) {
        if (result.reason() != null) {
            return result.reason();
        }
        String value = MetricNames.isCount(result.check().metric())
                ? NumberText.count((long) result.value())
                : NumberText.decimal(result.value());
        return result.note() == null ? value : value + " (" + result.note() + ")";
    }
}
