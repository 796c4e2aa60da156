package dev.errata.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The header of a {@link TableFile}: the key the table answers for, its rows, each column's name, kind and
 * levels, the warnings of the read that made it, and what the file's sample decided of each of its columns,
 * which may be more than the table holds. Parsing it checks every count against the bytes left, so a damaged
 * header is refused before anything is made of its sizes.
 */
record TableHeader(String key, int rows, List<TableHeader.Entry> columns, List<String> warnings, SampleFacts sample) {

    private static final byte NUMBERS = 0;
    private static final byte CODES = 1;
    private static final byte NARROW_CODES = 2;
    private static final int ALL_NUMERIC = 1;
    private static final int ALL_INTEGERS = 2;

    /** A header that does not describe a table. */
    static final class Damaged extends Exception {
        Damaged(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * One column as the header describes it.
     *
     * @param ordered whether the file keeps the column's ascending order too, after every column's values
     */
    record Entry(String name, byte kind, String[] levels, boolean ordered) {

        static Entry of(Column column, List<String> ranked) {
            if (column instanceof CategoricalColumn text) {
                return new Entry(
                        text.name(),
                        text.narrowCodes() != null ? NARROW_CODES : CODES,
                        text.levels().toArray(String[]::new),
                        false);
            }
            return new Entry(column.name(), NUMBERS, new String[0], ranked.contains(column.name()));
        }

        long bytes(int rows) {
            return (long) rows * (kind == NUMBERS ? Double.BYTES : kind == CODES ? Integer.BYTES : 1);
        }

        TableArray empty(int rows) {
            return kind == NUMBERS
                    ? new TableArray(new double[rows], null, null)
                    : kind == CODES
                            ? new TableArray(null, new int[rows], null)
                            : new TableArray(null, null, new byte[rows]);
        }

        /**
         * The column the array makes, or empty when a code names no level or the order kept is not the
         * values' ascending order.
         *
         * @param order the column's ascending order; null when the file keeps none
         */
        Optional<Column> column(TableArray array, TableArray order) {
            if (kind == NUMBERS) {
                int[] ascending = order == null ? null : order.ints();
                return ascending != null && !RowOrder.isAscendingOrder(array.numbers(), ascending)
                        ? Optional.empty()
                        : Optional.of(new NumericColumn(name, array.numbers(), ascending));
            }
            int levelCount = levels.length;
            if (kind == CODES) {
                for (int code : array.ints()) {
                    if (code < CategoricalColumn.MISSING || code >= levelCount) {
                        return Optional.empty();
                    }
                }
                return Optional.of(new CategoricalColumn(name, array.ints(), levels));
            }
            for (byte code : array.bytes()) {
                if (code < CategoricalColumn.MISSING || code >= levelCount) {
                    return Optional.empty();
                }
            }
            return Optional.of(new CategoricalColumn(name, array.bytes(), levels));
        }
    }

    static TableHeader of(String key, TableCache.Table table) {
        return new TableHeader(
                key,
                table.lines().length,
                table.columns().stream()
                        .map(column -> Entry.of(column, table.ranked()))
                        .toList(),
                table.warnings(),
                table.sample());
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, key);
            out.writeInt(rows);
            out.writeInt(columns.size());
            for (Entry column : columns) {
                string(out, column.name());
                out.writeByte(column.kind());
                out.writeBoolean(column.ordered());
                out.writeInt(column.levels().length);
                for (String level : column.levels()) {
                    string(out, level);
                }
            }
            out.writeInt(warnings.size());
            for (String warning : warnings) {
                string(out, warning);
            }
            string(out, sample.encoding().name());
            out.writeBoolean(sample.named());
            // the file's every column, of which the table may hold some
            out.writeInt(sample.names().size());
            for (int c = 0; c < sample.names().size(); c++) {
                SampledColumn column = sample.columns().get(c);
                string(out, sample.names().get(c));
                out.writeInt(column.present());
                out.writeByte((column.allNumeric() ? ALL_NUMERIC : 0) | (column.allIntegers() ? ALL_INTEGERS : 0));
                out.writeInt(column.distinct());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The columns whose order the file keeps, in the order of their arrays. */
    List<Integer> orderedColumns() {
        return IntStream.range(0, columns.size())
                .filter(c -> columns.get(c).ordered())
                .boxed()
                .toList();
    }

    /**
     * Which of the file's arrays a read of some columns takes: the lines, the columns' own and their orders.
     *
     * @param only the names of the columns; null for every one
     */
    boolean[] arraysOf(Set<String> only) {
        boolean[] read = new boolean[arrayCount()];
        read[0] = true;
        for (int c = 0; c < columns.size(); c++) {
            read[c + 1] = only == null || only.contains(columns.get(c).name());
        }
        List<Integer> ordered = orderedColumns();
        for (int k = 0; k < ordered.size(); k++) {
            read[1 + columns.size() + k] = read[ordered.get(k) + 1];
        }
        return read;
    }

    /** How many arrays the file holds: the lines, then each column's, then each kept order. */
    int arrayCount() {
        return 1 + columns.size() + orderedColumns().size();
    }

    /** The bytes of an array, unpadded: the lines for 0, then the columns', then an order's. */
    long arrayBytes(int array) {
        return array == 0 || array > columns.size()
                ? (long) Integer.BYTES * rows
                : columns.get(array - 1).bytes(rows);
    }

    /** An array of the file, made for reading into. */
    TableArray emptyArray(int array) {
        return array == 0 || array > columns.size()
                ? TableArray.lines(rows)
                : columns.get(array - 1).empty(rows);
    }

    /** The bytes of the lines and the columns, each padded to a multiple of eight. */
    long arraysBytes() {
        return arraysBytes(arraysOf(null));
    }

    /** The bytes of the arrays a read takes ({@link #arraysOf}), each padded to a multiple of eight. */
    long arraysBytes(boolean[] read) {
        long bytes = 0;
        for (int array = 0; array < read.length; array++) {
            bytes += read[array] ? TableFile.padded(arrayBytes(array)) : 0;
        }
        return bytes;
    }

    static TableHeader parse(ByteBuffer in) throws Damaged {
        String key = readString(in);
        int rows = count(in, Integer.MAX_VALUE);
        if (rows == 0) {
            throw new Damaged("no rows");
        }
        int columnCount = count(in, in.remaining());
        List<Entry> columns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            String name = readString(in);
            byte kind = in.hasRemaining() ? in.get() : -1;
            if (kind != NUMBERS && kind != CODES && kind != NARROW_CODES) {
                throw new Damaged("no such kind of column");
            }
            byte ordered = in.hasRemaining() ? in.get() : -1;
            if (ordered != 0 && (ordered != 1 || kind != NUMBERS)) {
                throw new Damaged("an order of a column that has none");
            }
            int levelCount = count(in, kind == NARROW_CODES ? CategoricalColumn.NARROW_LEVELS : in.remaining());
            String[] levels = new String[levelCount];
            for (int l = 0; l < levelCount; l++) {
                levels[l] = readString(in);
            }
            columns.add(new Entry(name, kind, levels, ordered == 1));
        }
        int warningCount = count(in, in.remaining());
        List<String> warnings = new ArrayList<>();
        for (int w = 0; w < warningCount; w++) {
            warnings.add(readString(in));
        }
        SampleFacts sample = sample(in);
        if (in.hasRemaining()) {
            throw new Damaged("more than a header");
        }
        return new TableHeader(key, rows, columns, warnings, sample);
    }

    /** @throws IllegalArgumentException when the header names an encoding this platform lacks */
    private static SampleFacts sample(ByteBuffer in) throws Damaged {
        Charset encoding = Charset.forName(readString(in));
        if (!in.hasRemaining()) {
            throw new Damaged("cut short");
        }
        boolean named = in.get() != 0;
        int columnCount = count(in, in.remaining());
        List<String> names = new ArrayList<>();
        List<SampledColumn> sampled = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            names.add(readString(in));
            int present = count(in, Integer.MAX_VALUE);
            if (!in.hasRemaining()) {
                throw new Damaged("cut short");
            }
            byte flags = in.get();
            int distinct = count(in, CellSink.SAMPLE_VALUES);
            sampled.add(new SampledColumn(present, (flags & ALL_NUMERIC) != 0, (flags & ALL_INTEGERS) != 0, distinct));
        }
        return new SampleFacts(encoding, named, names, sampled);
    }

    private static int count(ByteBuffer in, int most) throws Damaged {
        if (in.remaining() < Integer.BYTES) {
            throw new Damaged("cut short");
        }
        int count = in.getInt();
        if (count < 0 || count > most) {
            throw new Damaged("a count out of range");
        }
        return count;
    }

    private static String readString(ByteBuffer in) throws Damaged {
        int length = count(in, in.remaining());
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
