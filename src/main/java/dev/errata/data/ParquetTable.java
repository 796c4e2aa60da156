package dev.errata.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.DummyRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet file read whole into the same columns a CSV file makes: numbers as numeric columns with NaN for
 * a null, text and booleans as text columns whose codes are a byte a row when they have few values. Read a
 * column of a row group at a time, with no records assembled, so it costs no more a row than the CSV path.
 */
final class ParquetTable {

    private final Path file;
    private final List<String> names;
    private final List<Column> columns;

    private ParquetTable(Path file, List<String> names, List<Column> columns) {
        this.file = file;
        this.names = names;
        this.columns = columns;
    }

    /**
     * @throws BadInputException naming the file when it is not Parquet, is cut short, or holds a nested
     *     or repeated column, which has no place in a table of one value a cell
     */
    static ParquetTable read(Path file, Progress progress) {
        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> names = names(file, schema);
            long total = reader.getRecordCount();
            if (total > Integer.MAX_VALUE - 8) {
                throw new BadInputException(file, 1, 1, "the file has " + total + " rows, more than one table holds");
            }
            int rows = (int) total;
            // Eight bytes a cell at the most (a number; a text cell's code is four or one).
            MemoryEstimate.requireRoom(file, 8L * rows * names.size(), MemoryEstimate.available());
            List<ColumnDescriptor> descriptors = schema.getColumns();
            ColumnFill[] fills = new ColumnFill[descriptors.size()];
            for (int c = 0; c < fills.length; c++) {
                fills[c] = new ColumnFill(descriptors.get(c).getPrimitiveType(), rows);
            }
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            DummyRecordConverter converter = new DummyRecordConverter(schema);
            int row = 0;
            PageReadStore group;
            while ((group = reader.readNextRowGroup()) != null) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                ColumnReadStoreImpl store =
                        new ColumnReadStoreImpl(group, converter.getRootConverter(), schema, createdBy);
                int groupRows = (int) group.getRowCount();
                int firstRow = row;
                // The row group's pages are in memory and each column chunk has its own page reader and
                // decompressor (ParquetCodecs makes one a chunk), so the columns decode on all cores, as the
                // CSV path's blocks parse.
                IntStream.range(0, fills.length)
                        .parallel()
                        .forEach(c -> fills[c].read(store.getColumnReader(descriptors.get(c)), firstRow, groupRows));
                row += groupRows;
                progress.update(rows == 0 ? 1 : (double) row / rows);
            }
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < fills.length; c++) {
                columns.add(fills[c].column(names.get(c)));
            }
            return new ParquetTable(file, names, columns);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** The names of the file's columns, from its footer only. */
    static List<String> columnNames(Path file) {
        try (ParquetFileReader reader = open(file)) {
            return names(file, reader.getFooter().getFileMetaData().getSchema());
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static ParquetFileReader open(Path file) throws IOException {
        CsvImporter.requireReadable(file);
        return ParquetFileReader.open(
                new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration())
                        .withCodecFactory(new ParquetCodecs())
                        .build());
    }

    private static List<String> names(Path file, MessageType schema) {
        List<String> names = new ArrayList<>();
        for (Type field : schema.getFields()) {
            if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
                throw new BadInputException(
                        file,
                        1,
                        names.size() + 1,
                        "the column \"" + Excerpt.cell(field.getName())
                                + "\" is nested or repeated; only columns of one value a row can be read");
            }
            names.add(field.getName());
        }
        return List.copyOf(names);
    }

    /** What went wrong as one line naming the file; the errata's own refusals pass as they are. */
    private static RuntimeException unreadable(Path file, Exception e) {
        if (e instanceof BadInputException
                || e instanceof CancelledException
                || e instanceof InsufficientMemoryException) {
            return (RuntimeException) e;
        }
        return new BadInputException(file, 1, 1, problem(e));
    }

    private static String problem(Exception e) {
        String message = e.getMessage();
        if (message != null && message.contains("is not a Parquet file")) {
            return "not a Parquet file (it lacks the marker Parquet files begin and end with)";
        }
        String reason = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return "not a readable Parquet file (" + Excerpt.cell(reason) + ")";
    }

    Path file() {
        return file;
    }

    List<String> names() {
        return names;
    }

    List<Column> columns() {
        return columns;
    }

    int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    Column column(String name) {
        return columns.get(names.indexOf(name));
    }

    /** One column's values as they are read, a row group after another. */
    private static final class ColumnFill {

        private final PrimitiveType type;
        private final boolean text;
        private final int scale;
        private double[] numbers;
        private int[] codes;
        private final Map<Binary, Integer> codeOfValue = new HashMap<>();
        private final LevelDictionary levels = new LevelDictionary();
        /** The codes of false and true, or -1 before each is seen. */
        private final int[] booleanCodes = {-1, -1};

        ColumnFill(PrimitiveType type, int rows) {
            this.type = type;
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            this.scale = logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal
                    ? decimal.getScale()
                    : -1;
            PrimitiveType.PrimitiveTypeName physical = type.getPrimitiveTypeName();
            this.text = scale < 0
                    && (physical == PrimitiveType.PrimitiveTypeName.BINARY
                            || physical == PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY
                            || physical == PrimitiveType.PrimitiveTypeName.BOOLEAN);
            if (text) {
                codes = new int[rows];
            } else {
                numbers = new double[rows];
            }
        }

        void read(ColumnReader reader, int firstRow, int rows) {
            int defined = reader.getDescriptor().getMaxDefinitionLevel();
            PrimitiveType.PrimitiveTypeName physical = type.getPrimitiveTypeName();
            for (int r = firstRow, end = firstRow + rows; r < end; r++) {
                boolean present = reader.getCurrentDefinitionLevel() == defined;
                if (text) {
                    codes[r] = !present
                            ? CategoricalColumn.MISSING
                            : physical == PrimitiveType.PrimitiveTypeName.BOOLEAN
                                    ? booleanCode(reader.getBoolean())
                                    : code(reader.getBinary());
                } else {
                    numbers[r] = present ? number(reader, physical) : Double.NaN;
                }
                reader.consume();
            }
        }

        /** A boolean's code, its level made the first time it turns up: "true" or "false", as a CSV holds it. */
        private int booleanCode(boolean value) {
            int index = value ? 1 : 0;
            if (booleanCodes[index] < 0) {
                booleanCodes[index] = levels.codeOf(Boolean.toString(value));
            }
            return booleanCodes[index];
        }

        /** A dictionary page hands the same few values again and again: each is decoded to text once. */
        private int code(Binary value) {
            if (value.length() == 0) {
                return CategoricalColumn.MISSING; // as an empty CSV cell is
            }
            Integer known = codeOfValue.get(value);
            if (known != null) {
                return known;
            }
            int code = levels.codeOf(value.toStringUsingUTF8());
            codeOfValue.put(value.copy(), code);
            return code;
        }

        private double number(ColumnReader reader, PrimitiveType.PrimitiveTypeName physical) {
            return switch (physical) {
                case INT32 -> scaled(reader.getInteger());
                case INT64 -> scaled(reader.getLong());
                // The decimal a CSV writer prints for the float (0.1), not the float's own binary value widened
                // (0.10000000149011612), so scores and thresholds equal those of the same rows read from CSV.
                case FLOAT -> Double.parseDouble(Float.toString(reader.getFloat()));
                case DOUBLE -> reader.getDouble();
                case BINARY, FIXED_LEN_BYTE_ARRAY ->
                    new BigDecimal(new BigInteger(reader.getBinary().getBytes()), scale).doubleValue();
                default -> throw new IllegalStateException("the type " + physical + " is not read as a number");
            };
        }

        private double scaled(long unscaled) {
            return scale <= 0 ? unscaled : BigDecimal.valueOf(unscaled, scale).doubleValue();
        }

        Column column(String name) {
            if (!text) {
                return new NumericColumn(name, numbers);
            }
            if (levels.size() > CategoricalColumn.NARROW_LEVELS) {
                return new CategoricalColumn(name, codes, levels.levels());
            }
            byte[] narrow = new byte[codes.length];
            for (int r = 0; r < narrow.length; r++) {
                narrow[r] = (byte) codes[r];
            }
            return new CategoricalColumn(name, narrow, levels.levels());
        }
    }
}
