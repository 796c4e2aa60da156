package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineBreakCountTest {

    @Test
    void countsLfCrlfAndALoneCrAsOneBreakEachAndARecordAfterTheLast() {
        // "a\\n" "b\\r\\n" "c\\r" "d": three breaks and a last record without one.
        assertThat(bound("a\nb\r\nc\rd")).isEqualTo(4);
        assertThat(bound("a\nb\r\nc\r")).isEqualTo(3);
        assertThat(bound("")).isZero();
        assertThat(bound("\n\n\n")).isEqualTo(3);
    }

    @Test
    void aCrlfSplitBetweenTwoPiecesIsOneBreak() {
        byte[] bytes = "0123456789abcde\r\nx\r\ny".getBytes(StandardCharsets.US_ASCII);
        for (int cut = 0; cut <= bytes.length; cut++) {
            LineBreakCount count = new LineBreakCount();
            count.add(bytes, 0, cut);
            count.add(bytes, cut, bytes.length);
            assertThat(count.recordBound()).as("cut at %d", cut).isEqualTo(3);
        }
    }

    @Test
    void countsWordsOfEightAndTheirTailAlike() {
        // 40 lines of 1 to 40 characters: the breaks fall at every position of an eight-byte word.
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("x".repeat(i)).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        assertThat(bound(text.toString())).isEqualTo(40);
    }

    private static long bound(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        LineBreakCount count = new LineBreakCount();
        count.add(bytes, 0, bytes.length);
        return count.recordBound();
    }
}
