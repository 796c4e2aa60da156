package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteWordsTest {

    @Test
    void countsZeroBytesOfAWordExactly() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            long x = random.nextLong();
            for (int b = 0; b < 8; b++) {
                if (random.nextInt(3) == 0) {
                    x &= ~(0xFFL << (8 * b));
                } else if (random.nextInt(4) == 0) {
                    x = (x & ~(0xFFL << (8 * b))) | ((long) (1 + random.nextInt(2)) << (8 * b));
                }
            }
            int expected = 0;
            for (int b = 0; b < 8; b++) {
                expected += ((x >>> (8 * b)) & 0xFF) == 0 ? 1 : 0;
            }
            assertThat(ByteWords.zeroBytes(x)).as(Long.toHexString(x)).isEqualTo(expected);
        }
    }

    @Test
    void findsTheDigitsAtTheStartOfAWordAndTheirValue() {
        // Bytes of every value, digits more often, so runs of every length and the bytes around '0'-'9'
        // ('/', ':', 0xF6-0xFF, whose +6 carries) all come up.
        Random random = new Random(9);
        byte[] b = new byte[8];
        for (int i = 0; i < 200_000; i++) {
            for (int k = 0; k < 8; k++) {
                b[k] = random.nextInt(3) > 0 ? (byte) ('0' + random.nextInt(10)) : (byte) random.nextInt(256);
            }
            int run = 0;
            while (run < 8 && b[run] >= '0' && b[run] <= '9') {
                run++;
            }
            long word = ByteWords.read(b, 0);
            assertThat(ByteWords.digitRun(word)).as("%02x", word).isEqualTo(run);
            for (int n = 0; n <= run; n++) {
                long expected =
                        n == 0 ? 0 : Long.parseLong(new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII));
                assertThat(ByteWords.digitsValue(word, n)).isEqualTo(expected);
            }
        }
    }

    @Test
    void marksTheFirstByteBelowADashExactly() {
        Random random = new Random(3);
        byte[] b = new byte[8];
        for (int i = 0; i < 200_000; i++) {
            for (int k = 0; k < 8; k++) {
                // mostly bytes just above the dash, some below it and some of UTF-8's high bytes
                b[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : '-' + random.nextInt(80));
            }
            int first = 0;
            while (first < 8 && (b[first] & 0xFF) >= '-') {
                first++;
            }
            long marks = ByteWords.belowDash(ByteWords.read(b, 0));
            assertThat(Long.numberOfTrailingZeros(marks) >>> 3)
                    .as("%016x", marks)
                    .isEqualTo(first);
        }
    }
}
