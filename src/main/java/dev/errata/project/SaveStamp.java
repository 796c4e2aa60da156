package dev.errata.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * The stamp a save gives a line it changes: a generation, one more than the line it replaces, so that a
 * line comes after every line it replaced, and a hash of the line, so that two branches that wrote other
 * lines write other stamps and the same work saved the same way gives the same bytes.
 */
final class SaveStamp {

    /** Later generations last; within one, by the text, so that the order is the same in every clone. */
    static final Comparator<String> ORDER =
            Comparator.comparingLong(SaveStamp::generation).thenComparing(Comparator.naturalOrder());

    private SaveStamp() {}

    /** The stamp of a line of {@code content} that replaces a line stamped {@code replaced} (null: none). */
    static String after(String replaced, String content) {
        long generation = replaced == null ? 1 : generation(replaced) + 1;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((replaced + "\n" + content).getBytes(StandardCharsets.UTF_8));
            return generation + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A stamp's generation; 0 for a stamp of another form (written by hand), which comes first. */
    static long generation(String stamp) {
        int dash = stamp.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? stamp : stamp.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
