package dev.errata.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The data files Errata opens, known by their names' endings: CSV and Parquet. */
public final class DataFiles {

    /** The endings, lower case, with their dot. */
    public static final List<String> ENDINGS = List.of(".csv", ".parquet");

    private DataFiles() {}

    public static boolean isData(Path file) {
        return ending(file.getFileName().toString()) != null;
    }

    /** The same of a name as the user typed it, which may not make a path. */
    public static boolean isDataName(String name) {
        return ending(name) != null;
    }

    static boolean isParquet(Path file) {
        return ".parquet".equals(ending(file.getFileName().toString()));
    }

    /** The file's name without its data ending: {@code churn} for {@code churn.parquet}. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String ending = ending(name);
        return ending == null ? name : name.substring(0, name.length() - ending.length());
    }

    private static String ending(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ENDINGS.stream().filter(lower::endsWith).findFirst().orElse(null);
    }
}
