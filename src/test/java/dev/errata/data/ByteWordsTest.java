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
}
