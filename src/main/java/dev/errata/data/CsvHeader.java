package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The first record of a CSV file: the column names, checked, and where the data starts. */
record CsvHeader(String[] names, int dataOffset, int dataLine) {

    private static final int BOM_LENGTH = 3;

    /**
     * Reads the header from the first bytes of the file; null when they end inside it and the file goes on,
     * so the caller reads more rather than taking a name cut off at the end for the last one.
     */
    static CsvHeader read(Path file, byte[] head, int length, boolean wholeFile) {
        int start = hasBom(head, length) ? BOM_LENGTH : 0;
        if (length == start) {
            throw new BadInputException(file, 1, 1, "the file is empty");
        }
        SniffedRecord record = SniffedRecord.parse(file, head, start, length, wholeFile);
        if (record == null) {
            return null;
        }
        String[] names = record.fields();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.indexOf('\0') >= 0) {
                throw new BadInputException(
                        file, 1, record.columnOf(i) + names[i].indexOf('\0'), TextEncoding.NUL_PROBLEM);
            }
            if (name.isEmpty()) {
                throw new BadInputException(
                        file, 1, record.columnOf(i), "column " + (i + 1) + " of the header has no name");
            }
            Integer earlier = seen.put(name, i);
            if (earlier != null) {
                throw new BadInputException(
                        file,
                        1,
                        record.columnOf(i),
                        "the header names \"" + Excerpt.cell(name) + "\" twice (columns " + (earlier + 1) + " and "
                                + (i + 1) + ")");
            }
            names[i] = name;
        }
        return new CsvHeader(names, record.end(), record.endLine());
    }

    private static boolean hasBom(byte[] b, int length) {
        return length >= BOM_LENGTH && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** A single record parsed into strings, for the header only. */
    private record SniffedRecord(String[] fields, int[] starts, byte[] bytes, int lineStart, int end, int endLine) {

        static SniffedRecord parse(Path file, byte[] b, int start, int length, boolean wholeFile) {
            java.util.List<String> fields = new java.util.ArrayList<>();
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            int pos = start;
            int line = 1;
            while (true) {
                starts.add(pos);
                StringBuilder value = new StringBuilder();
                if (pos < length && b[pos] == '"') {
                    int open = pos++;
                    int from = pos;
                    while (true) {
                        if (pos >= length) {
                            if (!wholeFile) {
                                return null;
                            }
                            throw new BadInputException(
                                    file,
                                    1,
                                    open - start + 1,
                                    "a quoted field is never closed: the file ends inside it");
                        }
                        if (b[pos] == '"') {
                            if (pos + 1 < length && b[pos + 1] == '"') {
                                pos += 2;
                                continue;
                            }
                            break;
                        }
                        if (b[pos] == '\n') {
                            line++;
                        }
                        pos++;
                    }
                    value.append(new String(b, from, pos - from, StandardCharsets.UTF_8).replace("\"\"", "\""));
                    pos++;
                } else {
                    int from = pos;
                    while (pos < length && b[pos] != ',' && b[pos] != '\n' && b[pos] != '\r') {
                        pos++;
                    }
                    value.append(new String(b, from, pos - from, StandardCharsets.UTF_8));
                }
                fields.add(value.toString());
                if (pos < length && b[pos] == ',') {
                    pos++;
                    continue;
                }
                break;
            }
            if (pos == length && !wholeFile) {
                return null;
            }
            if (pos < length && b[pos] == '\r') {
                pos++;
            }
            if (pos < length && b[pos] == '\n') {
                pos++;
            }
            int[] startArray = starts.stream().mapToInt(Integer::intValue).toArray();
            return new SniffedRecord(fields.toArray(new String[0]), startArray, b, start, pos, line + 1);
        }

        int columnOf(int field) {
            return new String(bytes, lineStart, starts[field] - lineStart, StandardCharsets.UTF_8).length() + 1;
        }
    }
}
