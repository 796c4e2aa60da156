package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table cache gives back exactly the table a parse made, cell by cell, with the parse's warnings; it
 * answers only for the same file read the same way, never for a file just written, and passes over a copy
 * that is damaged, cut short, of another key or whose codes name no level.
 */
class TableCacheTest {

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("cache");
    }

    private final List<TableCache> caches = new ArrayList<>();

    private TableCache cache(long mostBytes) {
        TableCache cache = new TableCache(folder(), 0, mostBytes);
        caches.add(cache);
        return cache;
    }

    /** The copies a test's last read left to write are written before its folder is deleted. */
    @AfterEach
    void awaitWrites() {
        caches.forEach(TableCache::awaitWritesAndForget);
    }

    /**
     * Rows with numbers, a score column with cells that are not numbers (a warning), a label of few values
     * (byte codes), a column of 300 values (int codes), and text with letters beyond ASCII and empty cells.
     */
    private Path data(String name, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,pred,score,group,note\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "cat" : "dog")
                    .append(',')
                    .append(i % 4 == 0 ? "cat" : "dog")
                    .append(',')
                    .append(i % 97 == 5 ? "n/a" : Double.toString((i % 1000) / 1000.0))
                    .append(',')
                    .append("g")
                    .append(i % 300)
                    .append(',')
                    .append(i % 7 == 0 ? "" : i % 2 == 0 ? "\"bruit, voiture\"" : "flou – été")
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve(name), csv);
        settle(file);
        return file;
    }

    /** Dates the file back, as a file the user has had for a while. */
    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
    }

    private List<Path> copies() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".table")).sorted().toList();
        }
    }

    /** A lenient read, its copy written and the table let go of, so that the next read takes the copy. */
    private static LoadedData kept(TableCache cache, Path file) {
        LoadedData read = lenient(cache, file);
        cache.awaitWritesAndForget();
        return read;
    }

    private static LoadedData lenient(TableCache cache, Path file) {
        return new CsvImporter(cache).load(ImportRequest.of(file).lenient(), Progress.NONE);
    }

    private static void assertSameTable(LoadedData read, LoadedData parsed) {
        assertThat(read.dataset().columnNames()).isEqualTo(parsed.dataset().columnNames());
        assertSameColumns(read, parsed);
    }

    /** The columns read are the parse's, cell by cell, with its roles, warnings and lines. */
    private static void assertSameColumns(LoadedData read, LoadedData parsed) {
        Dataset a = read.dataset();
        Dataset b = parsed.dataset();
        assertThat(a.rowCount()).isEqualTo(b.rowCount());
        assertThat(read.roles()).isEqualTo(parsed.roles());
        assertThat(read.warnings()).isEqualTo(parsed.warnings());
        for (String name : a.columnNames()) {
            Column x = a.column(name);
            Column y = b.column(name);
            assertThat(x.getClass()).isEqualTo(y.getClass());
            for (int row = 0; row < a.rowCount(); row++) {
                assertThat(x.text(row)).as("%s row %d", name, row).isEqualTo(y.text(row));
                assertThat(x.isMissing(row)).isEqualTo(y.isMissing(row));
            }
        }
        for (int row = 0; row < a.rowCount(); row++) {
            assertThat(a.lineOf(row)).isEqualTo(b.lineOf(row));
        }
    }

    @Test
    void aFileReadAgainComesFromItsCopyJustAsItWasParsed() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        LoadedData parsed =
                new CsvImporter(TableCache.none()).load(ImportRequest.of(file).lenient(), Progress.NONE);

        LoadedData first = kept(cache, file);
        assertThat(copies()).hasSize(1);
        LoadedData fromCopy = lenient(cache, file);

        assertThat(parsed.warnings()).singleElement().asString().contains("31 cells");
        assertThat(parsed.dataset().categorical("label").narrowCodes()).isNotNull();
        assertThat(parsed.dataset().categorical("group").codes()).isNotNull();
        assertSameTable(first, parsed);
        assertSameTable(fromCopy, parsed);
        // the columns are the copy's, not the first load's held in memory
        assertThat(fromCopy.dataset().numeric("score").values())
                .isNotSameAs(first.dataset().numeric("score").values());
    }

    /**
     * A read of some columns keeps a copy of those alone, which a later read of them takes. A read of every
     * column parses the file and keeps a copy of its own, which also serves a read of some when theirs is gone.
     * A table taken from a copy has its score's order, which a parse leaves to be made.
     */
    @Test
    void aReadOfSomeColumnsKeepsACopyOfThoseAloneAndACopyOfEveryColumnServesIt() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        ImportRequest some = ImportRequest.of(file).lenient().reading(ColumnChoice.of(Set.of("group"), List.of()));
        LoadedData parsed =
                new CsvImporter(TableCache.none()).load(ImportRequest.of(file).lenient(), Progress.NONE);

        LoadedData first = new CsvImporter(cache).load(some, Progress.NONE);
        cache.awaitWritesAndForget();
        assertThat(first.dataset().columnNames()).containsExactly("id", "label", "pred", "score", "group");
        Path ofSome = copies().get(0);
        LoadedData fromItsCopy = new CsvImporter(cache).load(some, Progress.NONE);
        assertSameColumns(fromItsCopy, parsed);
        assertThat(fromItsCopy.dataset().numeric("score").ascendingOrderIfMade())
                .isNotNull();

        assertSameTable(kept(cache, file), parsed);
        assertThat(copies()).hasSize(2);
        Files.delete(ofSome);
        LoadedData fromEvery = new CsvImporter(cache).load(some, Progress.NONE);
        cache.awaitWritesAndForget();
        assertThat(fromEvery.dataset().columnNames()).containsExactly("id", "label", "pred", "score", "group");
        assertSameColumns(fromEvery, parsed);
        assertThat(fromEvery.dataset().numeric("score").ascendingOrderIfMade()).isNotNull();
        assertThat(copies()).hasSize(1).doesNotContain(ofSome);
    }

    /**
     * A read of fewer columns takes them from the copy a read of more left, as a command run again with fewer
     * slices does, and writes no copy of its own. A read of a column no copy holds parses the file.
     */
    @Test
    void aReadOfFewerColumnsTakesThemFromTheCopyOfAReadOfMore() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        ImportRequest lenient = ImportRequest.of(file).lenient();
        LoadedData parsed = new CsvImporter(TableCache.none()).load(lenient, Progress.NONE);
        new CsvImporter(cache).load(lenient.reading(ColumnChoice.of(Set.of("group"), List.of())), Progress.NONE);
        cache.awaitWritesAndForget();
        assertThat(copies()).hasSize(1);

        LoadedData fewer =
                new CsvImporter(cache).load(lenient.reading(ColumnChoice.of(Set.of(), List.of())), Progress.NONE);
        cache.awaitWritesAndForget();

        assertThat(fewer.dataset().columnNames()).containsExactly("id", "label", "pred", "score");
        assertSameColumns(fewer, parsed);
        assertThat(fewer.dataset().numeric("score").ascendingOrderIfMade()).isNotNull();
        assertThat(copies()).hasSize(1);
        LoadedData other =
                new CsvImporter(cache).load(lenient.reading(ColumnChoice.of(Set.of("note"), List.of())), Progress.NONE);
        cache.awaitWritesAndForget();
        assertThat(other.dataset().columnNames()).containsExactly("id", "label", "pred", "score", "note");
        assertSameColumns(other, parsed);
        assertThat(copies()).hasSize(2);
    }

    /**
     * The copy answers for the file as it is (its path, size, modification time and inode), sample included:
     * a header changed in place, the file's size and time kept, is not seen, as it is not sampled again.
     */
    @Test
    void aFileReadBeforeIsNotSampledAgain() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        LoadedData parsed = kept(cache, file);
        FileTime written = Files.getLastModifiedTime(file);

        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap("id,label,pred,score,group,memo".getBytes(StandardCharsets.US_ASCII)), 0);
        }
        Files.setLastModifiedTime(file, written);
        LoadedData again = lenient(cache, file);

        assertThat(again.dataset().columnNames()).contains("note").doesNotContain("memo");
        assertSameTable(again, parsed);
    }

    /** The score's order, sorted while the copy is written, is kept with it: a read of the copy need not sort. */
    @Test
    void theCopyKeepsTheScoresOrder() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        LoadedData first = kept(cache, file);
        LoadedData again = lenient(cache, file);

        NumericColumn score = again.dataset().numeric("score");
        assertThat(score.ascendingOrderIfMade())
                .isNotNull()
                .containsExactly(RowOrder.sortByValues(score.values(), RowOrder.identity(3000), true));
        // the first read's own column, sorted by the writer, and no other numeric column
        assertThat(first.dataset().numeric("score").ascendingOrderIfMade()).isNotNull();
        assertThat(again.dataset().numeric("id").ascendingOrderIfMade()).isNull();
    }

    /** An order kept that is not the values' ascending order, though every row is in it once, is refused. */
    @Test
    void aCopyWithAWrongOrderIsRefused() throws IOException {
        double[] values = {0.3, 0.1, 0.2};
        Path right = dir.resolve("right.table");
        Path wrong = dir.resolve("wrong.table");
        TableFile.write(right, "k", table(new NumericColumn("s", values, new int[] {1, 2, 0})));
        TableFile.write(wrong, "k", table(new NumericColumn("s", values, new int[] {2, 1, 0})));

        assertThat(((NumericColumn) TableFile.read(right, "k", bytes -> {})
                                .orElseThrow()
                                .columns()
                                .get(0))
                        .ascendingOrderIfMade())
                .containsExactly(1, 2, 0);
        assertThat(TableFile.read(wrong, "k", bytes -> {})).isEmpty();
    }

    /**
     * A file read before with other choices is sampled and parsed: its copy's sample decided the same, but the
     * copy answers for a lenient read, and a strict one stops at the first score that is not a number.
     */
    @Test
    void aFileReadBeforeWithOtherChoicesIsParsed() throws IOException {
        Path file = data("eval.csv", 3000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        kept(cache, file);

        assertThat(copies()).hasSize(1);
        assertThat(cache.sampleOf(file, null)).isPresent();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new CsvImporter(cache).load(ImportRequest.of(file), Progress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("eval.csv:7:11: column \"score\"");
        // named, the encoding is the user's choice, not the one the copy's sample detected
        assertThat(cache.sampleOf(file, StandardCharsets.UTF_8)).isEmpty();
        LoadedData named = new CsvImporter(cache)
                .load(ImportRequest.of(file).lenient().withEncoding(StandardCharsets.UTF_8), Progress.NONE);
        assertThat(named.dataset().rowCount()).isEqualTo(3000);
    }

    @Test
    void theCopyAnswersForTheSameFileOnly() throws IOException {
        Path file = data("eval.csv", 2000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        kept(cache, file);

        Files.writeString(file, "2000,cat,cat,0.5,g1,late\n", StandardOpenOption.APPEND);
        settle(file);
        LoadedData grown = lenient(cache, file);

        assertThat(grown.dataset().rowCount()).isEqualTo(2001);
        assertThat(grown.dataset().column("note").text(2000)).isEqualTo("late");
    }

    @Test
    void aFileJustWrittenIsNotKept() throws IOException {
        Path file = data("eval.csv", 1000);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        TableCache cache = cache(TableCache.MOST_BYTES);

        kept(cache, file);

        assertThat(copies()).isEmpty();
    }

    @Test
    void aDamagedCopyIsPassedOverAndTheFileParsed() throws IOException {
        Path file = data("eval.csv", 2000);
        TableCache cache = cache(TableCache.MOST_BYTES);
        LoadedData parsed = kept(cache, file);
        Path copy = copies().get(0);
        byte[] whole = Files.readAllBytes(copy);

        int headerLength = ByteBuffer.wrap(whole, 8, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt();
        int firstColumn = (12 + headerLength + 7) / 8 * 8 + 2000 * Integer.BYTES;

        // a byte of the first column's fourth row flipped (still a number, or still a code of a level, so only
        // the checksum tells), the copy cut short, the header's length made huge, the magic wrong
        for (int damage = 0; damage < 4; damage++) {
            byte[] damaged = whole.clone();
            switch (damage) {
                case 0 -> damaged[firstColumn + 3 * Integer.BYTES] ^= 0x01;
                case 1 -> damaged = java.util.Arrays.copyOf(whole, whole.length - 8);
                case 2 -> damaged[11] = 0x7f;
                default -> damaged[0] = 'X';
            }
            Files.write(copy, damaged);
            LoadedData again = lenient(cache, file);
            assertSameTable(again, parsed);
            cache.awaitWritesAndForget();
        }
    }

    @Test
    void aCopyIsTakenForItsOwnKeyOnly() throws IOException {
        Path copy = dir.resolve("t.table");
        TableFile.write(copy, "key one", table(new CategoricalColumn("c", new byte[] {0, 1, -1}, levels(2))));

        assertThat(TableFile.read(copy, "key one", bytes -> {})).isPresent();
        assertThat(TableFile.read(copy, "key two", bytes -> {})).isEmpty();
    }

    @Test
    void aCopyWhoseCodesNameNoLevelIsRefused() throws IOException {
        Path narrow = dir.resolve("narrow.table");
        Path wide = dir.resolve("wide.table");
        Path lines = dir.resolve("lines.table");
        TableFile.write(narrow, "k", table(new CategoricalColumn("c", new byte[] {0, 2, 1}, levels(2))));
        TableFile.write(wide, "k", table(new CategoricalColumn("c", new int[] {0, -2, 1}, levels(2))));
        TableFile.write(
                lines,
                "k",
                table(List.of(new NumericColumn("n", new double[] {1, 2, 3})), new int[] {2, 2, 3}, List.of()));

        assertThat(TableFile.read(narrow, "k", bytes -> {})).isEmpty();
        assertThat(TableFile.read(wide, "k", bytes -> {})).isEmpty();
        assertThat(TableFile.read(lines, "k", bytes -> {})).isEmpty();
    }

    @Test
    void aTableTooLargeForTheMemoryLeftIsRefusedBeforeItsArraysAreMade() throws IOException {
        Path copy = dir.resolve("t.table");
        TableFile.write(copy, "k", table(new NumericColumn("n", new double[] {0.5, Double.NaN, 2})));
        long[] asked = new long[1];

        Optional<TableCache.Table> read = TableFile.read(copy, "k", bytes -> asked[0] = bytes);

        assertThat(read).isPresent();
        assertThat(read.get().columns().get(0).isMissing(1)).isTrue();
        // three lines of four bytes and three numbers of eight, each array padded to eight bytes
        assertThat(asked[0]).isEqualTo(16 + 24);
    }

    /**
     * A read of some of a copy's columns reads their arrays alone: it asks memory for those, and a damaged
     * array of another column does not stop it, where a read of every column is refused.
     */
    @Test
    void aReadOfSomeColumnsReadsTheirArraysAlone() throws IOException {
        Path copy = dir.resolve("t.table");
        TableFile.write(
                copy,
                "k",
                table(
                        List.of(
                                new NumericColumn("a", new double[] {0.5, 1.5, 2.5}),
                                new NumericColumn("b", new double[] {7, 8, 9})),
                        new int[] {2, 3, 4},
                        List.of()));
        long[] asked = new long[1];
        long size = Files.size(copy);
        // b's last number, the 24 bytes before the trailer of the header's and the three arrays' checksums
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(new byte[] {1}), size - 4 * Long.BYTES - 1);
        }

        Optional<TableCache.Table> a = TableFile.read(copy, "k", bytes -> asked[0] = bytes, Set.of("a"));

        assertThat(a).isPresent();
        assertThat(a.get().names()).containsExactly("a");
        assertThat(((NumericColumn) a.get().columns().get(0)).values()).containsExactly(0.5, 1.5, 2.5);
        // three lines of four bytes, padded to eight, and three numbers of eight
        assertThat(asked[0]).isEqualTo(16 + 24);
        assertThat(TableFile.read(copy, "k", bytes -> {})).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedCopiesGoOnceTheCopiesPassTheirBudget() throws IOException {
        Path a = data("a.csv", 1000);
        Path b = data("b.csv", 1000);
        Path c = data("c.csv", 1000);
        TableCache unbounded = cache(TableCache.MOST_BYTES);
        kept(unbounded, a);
        Path copyOfA = copies().get(0);
        long size = Files.size(copyOfA);
        Files.setLastModifiedTime(copyOfA, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        kept(unbounded, b);
        Path copyOfB =
                copies().stream().filter(p -> !p.equals(copyOfA)).findFirst().orElseThrow();
        Files.setLastModifiedTime(copyOfB, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        TableCache forTwo = cache(2 * size + size / 2);
        kept(forTwo, c);

        assertThat(copies()).hasSize(2).doesNotContain(copyOfA).contains(copyOfB);
    }

    @Test
    void aCacheThatCannotBeWrittenIsPassedOver() throws IOException {
        Path file = data("eval.csv", 1000);
        Files.writeString(folder(), "a file where the folder would be");
        TableCache cache = cache(TableCache.MOST_BYTES);

        LoadedData loaded = kept(cache, file);
        LoadedData again = lenient(cache, file);

        assertThat(loaded.dataset().rowCount()).isEqualTo(1000);
        assertSameTable(again, loaded);
    }

    @Test
    void aLargerPieceOfNumbersThanOneChunkSurvivesTheRoundTrip() throws IOException {
        double[] values = new double[300_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 11 == 0 ? Double.NaN : i * 0.25 - 7;
        }
        int[] lineNumbers = new int[values.length];
        for (int i = 0; i < lineNumbers.length; i++) {
            lineNumbers[i] = i + 2;
        }
        Path copy = dir.resolve("big.table");
        TableFile.write(copy, "k", table(List.of(new NumericColumn("n", values)), lineNumbers, List.of("a warning")));

        TableCache.Table read = TableFile.read(copy, "k", bytes -> {}).orElseThrow();

        assertThat(((NumericColumn) read.columns().get(0)).values()).containsExactly(values);
        assertThat(read.lines()).containsExactly(lineNumbers);
        assertThat(read.warnings()).containsExactly("a warning");
        try (FileChannel in = FileChannel.open(copy)) {
            ByteBuffer magic = ByteBuffer.allocate(8);
            in.read(magic, 0);
            assertThat(new String(magic.array(), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("ERRATAT1");
        }
    }

    /**
     * A copy damaged anywhere, in the header as in the arrays (a level's text, a count, a code, a number), is
     * either refused or, where only padding changed, read as it was: never a different table, never a throw.
     */
    @Test
    void aCopyDamagedAnywhereIsRefusedOrReadAsItWas() throws IOException {
        double[] numbers = {0.5, Double.NaN, -3, 1e300, 0};
        NumericColumn ordered = new NumericColumn("n", numbers);
        ordered.ascendingOrder();
        TableCache.Table table = table(
                List.of(
                        ordered,
                        new CategoricalColumn("c", new byte[] {0, 1, -1, 1, 0}, new String[] {"cat", "dög"}),
                        new CategoricalColumn("w", new int[] {2, 1, 0, -1, 2}, new String[] {"x", "y", "z"})),
                new int[] {2, 3, 5, 6, 9},
                List.of("a warning"));
        Path copy = dir.resolve("t.table");
        TableFile.write(copy, "k", table);
        byte[] whole = Files.readAllBytes(copy);
        java.util.Random random = new java.util.Random(7);
        int refused = 0;

        for (int trial = 0; trial < 2000; trial++) {
            byte[] damaged = whole.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Files.write(copy, damaged);
            Optional<TableCache.Table> read = TableFile.read(copy, "k", bytes -> {});
            if (read.isEmpty()) {
                refused++;
                continue;
            }
            assertThat(read.get().names()).isEqualTo(table.names());
            assertThat(read.get().lines()).containsExactly(table.lines());
            assertThat(read.get().warnings()).isEqualTo(table.warnings());
            assertThat(read.get().sample()).isEqualTo(table.sample());
            assertThat(((NumericColumn) read.get().columns().get(0)).ascendingOrderIfMade())
                    .containsExactly(ordered.ascendingOrder());
            for (int c = 0; c < table.columns().size(); c++) {
                for (int row = 0; row < numbers.length; row++) {
                    assertThat(read.get().columns().get(c).text(row))
                            .isEqualTo(table.columns().get(c).text(row));
                }
            }
        }
        // only the padding between the header and the arrays, and after the short arrays, is not checked
        assertThat(refused).isGreaterThan(1500);
    }

    private static String[] levels(int count) {
        String[] levels = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = "level " + i;
        }
        return levels;
    }

    private static TableCache.Table table(Column column) {
        return table(List.of(column), new int[] {2, 3, 4}, List.of());
    }

    /**
     * A table whose sample found each column's cells all numbers, present in every row and all different,
     * whose copy keeps the order of the numeric columns ordered already.
     */
    private static TableCache.Table table(List<Column> columns, int[] lines, List<String> warnings) {
        List<SampledColumn> sampled = columns.stream()
                .map(column ->
                        new SampledColumn(lines.length, true, false, Math.min(lines.length, CellSink.SAMPLE_VALUES)))
                .toList();
        return new TableCache.Table(
                columns,
                lines,
                warnings,
                new SampleFacts(
                        StandardCharsets.UTF_8,
                        false,
                        columns.stream().map(Column::name).toList(),
                        sampled),
                columns.stream()
                        .filter(column ->
                                column instanceof NumericColumn numbers && numbers.ascendingOrderIfMade() != null)
                        .map(Column::name)
                        .toList());
    }
}
