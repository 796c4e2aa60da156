package dev.errata.data;

/** Counts in messages read "1 row", "2 rows". */
public final class Plural {

    private Plural() {}

    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    public static String rows(long count) {
        return of(count, "row");
    }
}
