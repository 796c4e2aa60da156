package dev.errata.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded damaged and adversarial CSV files for the fuzz tests: truncations, flipped bytes, CSV specials,
 * noise and mixed line ends of a valid file, and the shapes an attacker tried: other encodings with and
 * without a byte order mark, NUL bytes, scores that are not probabilities, terminal and Markdown control
 * sequences, spreadsheet formulas, thousands of classes, wide headers and numbers of thousands of digits.
 */
public final class DamagedCsv {

    /** How many kinds {@link #of} makes; kind {@code i % KINDS} of a run covers each in turn. */
    public static final int KINDS = 14;

    static final String VALID =
            "id,label,pred,score,note\n" + "1,a,a,0.9,\"x, \"\"y\"\"\nz\"\n" + "2,b,a,0.2,plain\r\n" + "3,a,b,0.7,\n";

    private static final String[] SCORES = {
        "7",
        "-0.01",
        "1.0000001",
        "1e309",
        "-1e309",
        "NaN",
        "Infinity",
        "1e-400",
        "0x1p-3",
        "1" + "0".repeat(5000),
        "0." + "9".repeat(5000),
        "-" + "1".repeat(20_000) + "x",
        "50%",
        "1,5"
    };
    private static final String[] HOSTILE_CELLS = {
        "\u001b]0;owned\u0007",
        "\u001b[2J",
        "\u009b31m",
        "x\u202eevil",
        "=cmd|' /C calc'!A0",
        "x;=1+1",
        "\uFF1D1+1",
        "\uFEFF=1",
        " =1",
        "x\r\ny",
        "x\n=====",
        "~~x~~",
        "<script>",
        "`x`",
        "[a](javascript:x)",
        "\"\"\"",
        "M\u00fcller"
    };

    private DamagedCsv() {}

    /** A file of the given kind, from 0 to {@code KINDS - 1}. */
    public static byte[] of(Random random, int kind) {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case 0 -> out.write(valid, 0, random.nextInt(valid.length + 1));
            case 1 -> {
                byte[] copy = valid.clone();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                out.writeBytes(copy);
            }
            case 2 -> {
                byte[] specials = {'"', ',', '\n', '\r', 0, (byte) 0xEF, (byte) 0xFF};
                byte[] copy = valid.clone();
                copy[random.nextInt(copy.length)] = specials[random.nextInt(specials.length)];
                out.writeBytes(copy);
            }
            case 3 -> {
                int cut = random.nextInt(valid.length);
                out.write(valid, 0, cut);
                out.writeBytes(new byte[] {(byte) random.nextInt(256)});
                out.write(valid, cut, valid.length - cut);
            }
            case 4 -> {
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                out.writeBytes(noise);
            }
            case 5 -> {
                String text = VALID.replace("\n", random.nextBoolean() ? "\r" : "\r\n");
                out.writeBytes(
                        text.substring(0, random.nextInt(text.length() + 1)).getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> out.writeBytes(rows(random, 2 + random.nextInt(4)).getBytes(StandardCharsets.ISO_8859_1));
            case 7 -> {
                String[] encodings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
                Charset charset = Charset.forName(encodings[random.nextInt(encodings.length)]);
                if (random.nextInt(3) > 0) {
                    out.writeBytes("\uFEFF".getBytes(charset));
                }
                String text = rows(random, 2 + random.nextInt(4));
                out.writeBytes(
                        text.substring(0, text.length() - random.nextInt(3)).getBytes(charset));
            }
            case 8 -> {
                byte[] copy = rows(random, 3).getBytes(StandardCharsets.UTF_8);
                copy[random.nextInt(copy.length)] = 0;
                out.writeBytes(copy);
            }
            case 9 ->
                out.writeBytes(("id,label,pred,score\n1,a,a,0.5\n2,b,a," + SCORES[random.nextInt(SCORES.length)] + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            case 10 -> {
                String cell = HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length)].replace("\"", "\"\"");
                String column = random.nextBoolean() ? "label" : "note";
                out.writeBytes(("id,label,pred,note\n1,a,a,plain\n2,\"" + (column.equals("label") ? cell : "b")
                                + "\",\"" + cell + "\",\"" + cell + "\"\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            case 11 -> {
                int classes = 40 + random.nextInt(400);
                StringBuilder csv = new StringBuilder("label,pred\n");
                for (int r = 0; r < classes * 2; r++) {
                    csv.append('k')
                            .append(r % classes)
                            .append(",k")
                            .append(random.nextInt(classes))
                            .append('\n');
                }
                out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 12 -> {
                int columns = 500 + random.nextInt(3000);
                StringBuilder csv = new StringBuilder("label,pred");
                for (int c = 0; c < columns; c++) {
                    csv.append(",feature_").append(random.nextInt(columns * 2));
                }
                csv.append("\na,b").append(",1".repeat(columns)).append('\n');
                out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                String digits = "9".repeat(1000 + random.nextInt(20_000));
                out.writeBytes(("label,pred,size\na,b," + digits + "\nb,b," + digits + "e" + digits + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A small valid file with letters beyond ASCII and a score column. */
    private static String rows(Random random, int count) {
        String[] names = {"M\u00fcller", "M\u00f6ller", "\u00e9t\u00e9", "na\u00efve", "\u20ac"};
        StringBuilder csv = new StringBuilder("id,label,pred,score\n");
        for (int r = 1; r <= count; r++) {
            csv.append(r)
                    .append(',')
                    .append(names[random.nextInt(names.length)])
                    .append(',')
                    .append(names[random.nextInt(names.length)])
                    .append(",0.")
                    .append(random.nextInt(10))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The bytes as Latin-1 with line breaks shown, for a failure's message. */
    public static String describe(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1)
                .replace("\n", "\\n")
                .replace("\r", "\\r");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
