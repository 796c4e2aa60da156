package dev.errata.project;

import dev.errata.project.ProjectDocument.QueueRecord;
import dev.errata.project.ProjectDocument.StratumRecord;
import dev.errata.tags.ReviewQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** Converts a review queue between the session's row indices and the file's row ids. */
final class QueueRecords {

    private QueueRecords() {}

    /** Null for no queue. */
    static QueueRecord record(ReviewQueue queue, RowIds ids) {
        if (queue == null) {
            return null;
        }
        List<StratumRecord> strata = queue.strata().stream()
                .map(s -> new StratumRecord(s.name(), s.errors(), s.population(), s.drawn(), s.inclusionChance()))
                .toList();
        List<String> rows = queue.rows().stream().map(ids::id).toList();
        Map<String, List<String>> shares = new TreeMap<>();
        queue.shares()
                .forEach((analyst, share) ->
                        shares.put(analyst, share.stream().map(ids::id).toList()));
        return new QueueRecord(
                queue.seed(),
                queue.errors(),
                queue.correct(),
                queue.strataColumn(),
                strata,
                rows,
                queue.excludePicked(),
                shares);
    }

    /** The queue a file holds, keeping the rows the data still has; null for none. */
    static ReviewQueue queue(QueueRecord record, RowIds ids) {
        if (record == null) {
            return null;
        }
        if (record.errors() < 0 || record.correct() < 0) {
            throw new IllegalArgumentException("the review queue asks for a negative number of rows");
        }
        List<ReviewQueue.Stratum> strata = new ArrayList<>();
        for (StratumRecord s : record.strata()) {
            if (s.population() < 0 || s.drawn() < 0 || s.name() == null) {
                throw new IllegalArgumentException(
                        "the review queue's stratum \"" + s.name() + "\" has no name or a negative size");
            }
            strata.add(new ReviewQueue.Stratum(s.name(), s.errors(), s.population(), s.drawn()));
        }
        List<Integer> rows = new ArrayList<>();
        for (String id : record.rows()) {
            ids.row(id).ifPresent(rows::add);
        }
        Set<Integer> queued = Set.copyOf(rows);
        Map<String, List<Integer>> shares = new TreeMap<>();
        // a share holds only the queue's rows: the estimates weigh those and no others
        record.shares()
                .forEach((analyst, share) -> shares.put(
                        analyst,
                        share.stream()
                                .map(ids::known)
                                .filter(OptionalInt::isPresent)
                                .map(OptionalInt::getAsInt)
                                .filter(queued::contains)
                                .toList()));
        return new ReviewQueue(
                record.seed(),
                record.errors(),
                record.correct(),
                record.strataColumn(),
                strata,
                rows,
                record.excludePicked(),
                shares);
    }
}
