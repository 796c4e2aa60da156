package dev.errata.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.schema.MessageType;
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
    private final long fileRows;

    private ParquetTable(Path file, List<String> names, List<Column> columns, long fileRows) {
        this.file = file;
        this.names = names;
        this.columns = columns;
        this.fileRows = fileRows;
    }

    /**
     * @throws BadInputException naming the file when it is not Parquet, is cut short, or holds a nested
     *     or repeated column, which has no place in a table of one value a cell
     */
    static ParquetTable read(Path file, Progress progress) {
        return read(file, Long.MAX_VALUE, progress);
    }

    /** The file's first row groups, as many as hold {@code rows} rows, or all when it has fewer. */
    static ParquetTable head(Path file, long rows) {
        return read(file, rows, Progress.NONE);
    }

    private static ParquetTable read(Path file, long wanted, Progress progress) {
        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> names = names(file, schema);
            long total = 0;
            int groups = 0;
            for (BlockMetaData block : reader.getRowGroups()) {
                if (total >= wanted) {
                    break;
                }
                total += block.getRowCount();
                groups++;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new BadInputException(file, 1, 1, "the file has " + total + " rows, more than one table holds");
            }
            int rows = (int) total;
            // Eight bytes a cell at the most (a number; a text cell's code is four or one).
            MemoryEstimate.requireRoom(file, 8L * rows * names.size(), MemoryEstimate.available());
            List<ColumnDescriptor> descriptors = schema.getColumns();
            ParquetColumnFill[] fills = new ParquetColumnFill[descriptors.size()];
            for (int c = 0; c < fills.length; c++) {
                fills[c] = new ParquetColumnFill(descriptors.get(c).getPrimitiveType(), rows);
            }
            int row = 0;
            PageReadStore group;
            for (int g = 0; g < groups && (group = reader.readNextRowGroup()) != null; g++) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                PageReadStore pages = group;
                int firstRow = row;
                // The row group's pages are in memory and each column chunk has its own page reader and
                // decompressor (ParquetCodecs makes one a chunk), so the columns decode on all cores, as the
                // CSV path's blocks parse.
                IntStream.range(0, fills.length)
                        .parallel()
                        .forEach(c -> ParquetPages.read(
                                descriptors.get(c), pages.getPageReader(descriptors.get(c)), fills[c], firstRow));
                row += (int) group.getRowCount();
                progress.update(rows == 0 ? 1 : (double) row / rows);
            }
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < fills.length; c++) {
                columns.add(fills[c].column(names.get(c)));
            }
            return new ParquetTable(file, names, columns, reader.getRecordCount());
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
                new ChannelInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration())
                        .withCodecFactory(new ParquetCodecs())
                        // a row group read into buffers of a megabyte, not one of its size: the garbage
                        // collector of the window treats an allocation of megabytes as a costly exception
                        .withMaxAllocationInBytes(1 << 20)
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

    /** The rows of the whole file, of which this table may hold the first only ({@link #head}). */
    long fileRows() {
        return fileRows;
    }

    int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    Column column(String name) {
        return columns.get(names.indexOf(name));
    }
}
