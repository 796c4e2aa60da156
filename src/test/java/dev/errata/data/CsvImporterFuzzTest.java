package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and adversarial files either load or fail with the one-line file:line:column message; never
 * another exception, never a hang.
 */
class CsvImporterFuzzTest {

    private static final Pattern ONE_LINE_POSITION = Pattern.compile("[^:\\n]+:\\d+:\\d+: [^\\n]+");

    @TempDir
    Path dir;

    @Test
    void thousandsOfDamagedFilesLoadOrFailWithAPosition() throws IOException {
        Random random = new Random(2026);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] damaged = DamagedCsv.of(random, i % DamagedCsv.KINDS);
            if (outcome(damaged, i)) {
                loaded++;
            } else {
                refused++;
            }
        }
        assertThat(loaded).as("some damage leaves a readable file").isGreaterThan(100);
        assertThat(refused).as("most damage is refused").isGreaterThan(100);
    }

    @Test
    void extremeShapesStayWithinBoundedTime() throws IOException {
        StringBuilder wide = new StringBuilder("label,pred");
        for (int c = 0; c < 100_000; c++) {
            wide.append(",c").append(c);
        }
        wide.append('\n').append("a,b").append(",1".repeat(100_000)).append('\n');
        assertLoadsOrRefusesQuickly(wide.toString().getBytes(StandardCharsets.UTF_8), "wide.csv");

        String bigField = "label,pred,note\na,b,\"" + "x".repeat(10 << 20) + "\"\n";
        assertLoadsOrRefusesQuickly(bigField.getBytes(StandardCharsets.UTF_8), "field.csv");

        String manyQuotes = "label,pred,note\na,b,\"" + "\"\"".repeat(1 << 20) + "\"\n";
        assertLoadsOrRefusesQuickly(manyQuotes.getBytes(StandardCharsets.UTF_8), "quotes.csv");

        byte[] latin1 = "label,pred,city\na,b,Z\u00fcrich\nb,b,S\u00e3o Paulo\n".getBytes(StandardCharsets.ISO_8859_1);
        assertLoadsOrRefusesQuickly(latin1, "latin1.csv");

        byte[] nul = "label,pred\na,b\u0000\nb,b\n".getBytes(StandardCharsets.UTF_8);
        assertLoadsOrRefusesQuickly(nul, "nul.csv");

        assertLoadsOrRefusesQuickly("label,pred\ra,b\r\nb,a\nb,b\r".getBytes(StandardCharsets.UTF_8), "mixed.csv");
    }

    private void assertLoadsOrRefusesQuickly(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        long start = System.nanoTime();
        try {
            new CsvImporter().load(ImportRequest.of(file), Progress.NONE);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).matches(ONE_LINE_POSITION);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(name).isLessThan(Duration.ofSeconds(20));
    }

    /** True when the file loaded; false when it was refused with a positioned one-line message. */
    private boolean outcome(byte[] content, int i) throws IOException {
        Path file = Files.write(dir.resolve("f" + i + ".csv"), content);
        try {
            LoadedData data = new CsvImporter().load(ImportRequest.of(file).lenient(), Progress.NONE);
            assertThat(data.dataset().rowCount()).isPositive();
            return true;
        } catch (BadInputException e) {
            if (!ONE_LINE_POSITION.matcher(e.getMessage()).matches()) {
                fail("case %d: message without a position: %s", i, e.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("case " + i + " (" + DamagedCsv.describe(content) + ") threw " + e, e);
        }
    }
}
