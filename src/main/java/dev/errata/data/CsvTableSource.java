package dev.errata.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A CSV file: its head sampled first, for its header and the label's values, then read whole, or taken from
 * the table cache when the same file was read the same way before. A file read before is not sampled: its
 * copy kept what the sample decided, and the file is sampled only if it has to be parsed after all. A read
 * of some columns ({@link ColumnChoice}) takes them from any copy of the file that holds them.
 */
final class CsvTableSource implements TableSource {

    private final Path file;
    private final Charset requestedEncoding;
    private final boolean strict;
    private final ColumnChoice choice;
    private final LongSupplier memoryBudget;
    private final TableCache cache;
    private final Progress progress;
    private final SampleFacts facts;
    /** The file's sample; null until a parse needs it, when the facts came from a copy. */
    private CsvSample sample;
    /** The file as it was when its sample was taken or its facts found. */
    private final CsvSource source;

    private CsvTableSource(
            Path file,
            ImportRequest request,
            LongSupplier memoryBudget,
            TableCache cache,
            Progress progress,
            SampleFacts facts,
            CsvSample sample) {
        this.file = file;
        this.requestedEncoding = request.encoding();
        this.strict = request.strict();
        this.choice = request.columns();
        this.memoryBudget = memoryBudget;
        this.cache = cache;
        this.progress = progress;
        this.facts = facts;
        this.sample = sample;
        this.source = sample != null
                ? sample.source()
                : new CsvSource(file, FileState.of(file), StandardCharsets.UTF_8, facts.named(), null);
    }

    /** The file of the request, with what its copy's sample decided if it was read before, else sampled now. */
    static CsvTableSource of(
            Path file, ImportRequest request, LongSupplier memoryBudget, TableCache cache, Progress progress) {
        CsvImporter.requireReadable(file);
        Optional<SampleFacts> kept = cache.sampleOf(file, request.encoding());
        if (kept.isPresent()) {
            return new CsvTableSource(file, request, memoryBudget, cache, progress, kept.get(), null);
        }
        CsvSample sample = CsvImporter.sample(file, request.encoding(), memoryBudget);
        return new CsvTableSource(file, request, memoryBudget, cache, progress, SampleFacts.of(sample), sample);
    }

    @Override
    public List<String> names() {
        return facts.names();
    }

    @Override
    public boolean isRegression(ColumnRoles roles) {
        return TaskInference.isRegression(roles, facts);
    }

    @Override
    public FileTable read(ColumnRoles roles, boolean regression, List<String> warnings) {
        Optional<FileTable> kept =
                fromCopy(source, facts.names(), TaskInference.kinds(facts, roles, regression), roles, warnings);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (sample == null) {
            // the copy the facts came from answers for other choices, and none for these
            sample = CsvImporter.sample(file, requestedEncoding, memoryBudget);
        }
        SampleFacts sampledFacts = SampleFacts.of(sample);
        List<String> names = sampledFacts.names();
        CellKind[] every = TaskInference.kinds(sampledFacts, roles, regression);
        CsvSource sampled = sample.source();
        if (sampled != source) {
            Optional<FileTable> again = fromCopy(sampled, names, every, roles, warnings);
            if (again.isPresent()) {
                return again.get();
            }
        }
        CellKind[] kinds = choice.applied(every, names, roles);
        Instant started = Instant.now();
        List<String> readWarnings = new ArrayList<>();
        FileReading reading = new FileReading(sample, strict, readWarnings, memoryBudget);
        FileTable read = reading.read(kinds, progress);
        warnings.addAll(readWarnings);
        Optional<TableCache.Key> key = cache.key(sampled, strict, kinds);
        if (key.isPresent() && reading.source() == sampled) {
            cache.keep(
                    key.get(),
                    started,
                    new TableCache.Table(
                            read.columns(),
                            read.lines(),
                            List.copyOf(readWarnings),
                            sampledFacts,
                            scores(names, kinds)));
        }
        return read;
    }

    /** The columns read as probabilities: the scores. */
    private static List<String> scores(List<String> names, CellKind[] kinds) {
        List<String> scores = new ArrayList<>();
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] == CellKind.PROBABILITY) {
                scores.add(names.get(c));
            }
        }
        return scores;
    }

    /**
     * The table as read before with these choices, if a copy is there and has the columns the facts name: one
     * of the columns chosen, else any copy of the file that holds them.
     *
     * @param every how each column is stored when every one is read
     */
    private Optional<FileTable> fromCopy(
            CsvSource from, List<String> names, CellKind[] every, ColumnRoles roles, List<String> warnings) {
        CellKind[] kinds = choice.applied(every, names, roles);
        int[] fields = ColumnChoice.fieldsRead(kinds);
        List<String> chosen = Arrays.stream(fields).mapToObj(names::get).toList();
        Optional<TableCache.Table> kept = copy(from, kinds, chosen);
        if (kept.isEmpty() && fields.length < kinds.length) {
            kept = cache.findHolding(from, strict, kinds, Set.copyOf(chosen), memoryBudget)
                    .filter(table -> table.names().equals(chosen));
        }
        kept.ifPresent(table -> {
            warnings.addAll(table.warnings());
            progress.update(1);
        });
        return kept.map(table -> FileTable.ofCsv(from, chosen, fields, table.columns(), table.lines()));
    }

    /** The table a copy of a read with these kinds holds, if it is there and holds these columns. */
    private Optional<TableCache.Table> copy(CsvSource from, CellKind[] kinds, List<String> columns) {
        return cache.key(from, strict, kinds)
                .flatMap(key -> cache.find(key, file, memoryBudget))
                .filter(table -> table.names().equals(columns));
    }
}
