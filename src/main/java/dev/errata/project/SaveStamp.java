package dev.errata.project;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The stamp a save gives the lines it changes: its time to the millisecond in UTC, which orders stamps as
 * text, and a random part, so that two clones saving in the same millisecond still write different stamps.
 */
final class SaveStamp {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final SecureRandom RANDOM = new SecureRandom();

    private SaveStamp() {}

    static String now() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(random);
    }
}
