package dev.errata.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One Parquet column's values as its pages are read, into the arrays a CSV column makes: numbers as doubles
 * with NaN for a null, text and booleans as codes of their levels. Each entry of a dictionary is converted
 * once, so a dictionary-encoded value costs an array read.
 */
final class ParquetColumnFill {

    private final PrimitiveTypeName physical;
    private final boolean text;
    private final int scale;
    private double[] numbers;
    /** A text column's codes, a byte a row until it has more levels than a byte holds. */
    private byte[] narrowCodes;

    private int[] codes;
    private final Map<Binary, Integer> codeOfValue = new HashMap<>();
    private final LevelDictionary levels = new LevelDictionary();
    /** The codes of false and true, or -1 before each is seen. */
    private final int[] booleanCodes = {-1, -1};
    /** The current column chunk's dictionary entries converted: codes for text, values for numbers. */
    private int[] dictionaryCodes;

    private double[] dictionaryNumbers;

    ParquetColumnFill(PrimitiveType type, int rows) {
        this.physical = type.getPrimitiveTypeName();
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        this.scale =
                logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal ? decimal.getScale() : -1;
        this.text = scale < 0
                && (physical == PrimitiveTypeName.BINARY
                        || physical == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY
                        || physical == PrimitiveTypeName.BOOLEAN);
        if (text) {
            narrowCodes = new byte[rows];
        } else {
            numbers = new double[rows];
        }
    }

    /** Whether the column's plain values are numbers of a fixed width, read straight from the page's bytes. */
    boolean fixedWidth() {
        return switch (physical) {
            case INT32, INT64, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    /** Converts each entry of a column chunk's dictionary, which the chunk's values then name by index. */
    void dictionary(Dictionary dictionary) {
        int size = dictionary.getMaxId() + 1;
        if (text) {
            dictionaryCodes = new int[size];
            for (int id = 0; id < size; id++) {
                dictionaryCodes[id] = code(dictionary.decodeToBinary(id));
            }
        } else {
            dictionaryNumbers = new double[size];
            for (int id = 0; id < size; id++) {
                dictionaryNumbers[id] = switch (physical) {
                    case INT32 -> scaled(dictionary.decodeToInt(id));
                    case INT64 -> scaled(dictionary.decodeToLong(id));
                    case FLOAT -> shortestDecimal(dictionary.decodeToFloat(id));
                    case DOUBLE -> dictionary.decodeToDouble(id);
                    default -> decimal(dictionary.decodeToBinary(id));
                };
            }
        }
    }

    void missing(int row) {
        if (text) {
            setCode(row, CategoricalColumn.MISSING);
        } else {
            numbers[row] = Double.NaN;
        }
    }

    void dictionaryEntry(int row, int id) {
        if (text) {
            setCode(row, dictionaryCodes[id]);
        } else {
            numbers[row] = dictionaryNumbers[id];
        }
    }

    /** The next fixed-width value of a plain page's bytes, little-endian as Parquet stores them. */
    void plain(int row, ByteBuffer values) {
        numbers[row] = switch (physical) {
            case INT32 -> scaled(values.getInt());
            case INT64 -> scaled(values.getLong());
            case FLOAT -> shortestDecimal(values.getFloat());
            default -> values.getDouble();
        };
    }

    /** The next value of a page in any other encoding, through parquet-java's reader of it. */
    void value(int row, ValuesReader values) {
        if (physical == PrimitiveTypeName.BOOLEAN) {
            setCode(row, booleanCode(values.readBoolean()));
        } else if (text) {
            setCode(row, code(values.readBytes()));
        } else {
            numbers[row] = switch (physical) {
                case INT32 -> scaled(values.readInteger());
                case INT64 -> scaled(values.readLong());
                case FLOAT -> shortestDecimal(values.readFloat());
                case DOUBLE -> values.readDouble();
                default -> decimal(values.readBytes());
            };
        }
    }

    private void setCode(int row, int code) {
        if (codes == null && code >= CategoricalColumn.NARROW_LEVELS) {
            widen();
        }
        if (codes != null) {
            codes[row] = code;
        } else {
            narrowCodes[row] = (byte) code;
        }
    }

    private void widen() {
        codes = new int[narrowCodes.length];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = narrowCodes[r];
        }
        narrowCodes = null;
    }

    /** A boolean's code, its level made the first time it turns up: "true" or "false", as a CSV holds it. */
    private int booleanCode(boolean value) {
        int index = value ? 1 : 0;
        if (booleanCodes[index] < 0) {
            booleanCodes[index] = levels.codeOf(Boolean.toString(value));
        }
        return booleanCodes[index];
    }

    /** A plain page may hand the same few values again and again: each is decoded to text once. */
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

    /**
     * The decimal a CSV writer prints for the float (0.1), not the float's own binary value widened
     * (0.10000000149011612), so scores and thresholds equal those of the same rows read from CSV.
     */
    private static double shortestDecimal(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    private double decimal(Binary unscaled) {
        return new BigDecimal(new BigInteger(unscaled.getBytes()), scale).doubleValue();
    }

    private double scaled(long unscaled) {
        return scale <= 0 ? unscaled : BigDecimal.valueOf(unscaled, scale).doubleValue();
    }

    Column column(String name) {
        if (!text) {
            return new NumericColumn(name, numbers);
        }
        if (codes == null && levels.size() > CategoricalColumn.NARROW_LEVELS) {
            widen(); // a dictionary's entries that no row holds have levels too
        }
        return codes != null
                ? new CategoricalColumn(name, codes, levels.levels())
                : new CategoricalColumn(name, narrowCodes, levels.levels());
    }
}
