package dev.errata.workbench;

import dev.errata.metrics.MetricsSettings;
import dev.errata.project.ProjectSettings;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagSession;
import java.util.Map;
import java.util.stream.Collectors;

/** The metric settings a project implies: its threshold and tolerance, and its review queue's strata. */
public final class AnalysisSettings {

    private AnalysisSettings() {}

    public static MetricsSettings of(ProjectSettings settings, TagSession session, MetricsSettings base) {
        return base.withThreshold(settings.threshold())
                .withTolerance(settings.tolerance() == null ? Double.NaN : settings.tolerance())
                .withStrataColumn(strataColumn(session))
                .withRecordedStrata(recordedStrata(session));
    }

    /** The strata's sizes in the data the review queue was drawn from, by name; empty without a queue. */
    public static Map<String, Long> recordedStrata(TagSession session) {
        return session.reviewQueue()
                .map(queue -> queue.strata().stream()
                        .collect(Collectors.toMap(ReviewQueue.Stratum::name, ReviewQueue.Stratum::population)))
                .orElse(Map.of());
    }

    /** The slice column the review queue was stratified by, which the hand-tag estimates must follow. */
    public static String strataColumn(TagSession session) {
        return session.reviewQueue().map(ReviewQueue::strataColumn).orElse(null);
    }
}
