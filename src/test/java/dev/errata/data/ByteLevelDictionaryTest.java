package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteLevelDictionaryTest {

    private final ByteLevelDictionary dictionary = new ByteLevelDictionary();

    private int code(String cells, int from, int to) {
        return dictionary.codeOf(cells.getBytes(StandardCharsets.UTF_8), from, to);
    }

    @Test
    void tellsShortValuesApartByEveryByteAndByLength() {
        String cells = "true,false,tru,truex,android1,android2,androidx9";
        int t = code(cells, 0, 4);
        int f = code(cells, 5, 10);
        int tru = code(cells, 11, 14);
        int truex = code(cells, 15, 20);
        int android1 = code(cells, 21, 29);
        int android2 = code(cells, 30, 38);
        int longer = code(cells, 39, 48);

        assertThat(new int[] {t, f, tru, truex, android1, android2, longer}).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(code("x,true", 2, 6)).isEqualTo(t);
        assertThat(code("android2", 0, 8)).isEqualTo(android2);
        assertThat(code("androidx9", 0, 9)).isEqualTo(longer);
        assertThat(dictionary.levels())
                .containsExactly("true", "false", "tru", "truex", "android1", "android2", "androidx9");
    }

    @Test
    void readsValuesThatEndTheBuffer() {
        // fewer than eight bytes remain after the start of each of these cells
        int last = code("abcdefghij,no", 11, 13);
        assertThat(code("no", 0, 2)).isEqualTo(last);
        assertThat(code("xx,yes", 3, 6)).isNotEqualTo(last);
        assertThat(code("padding-enough,yes", 15, 18)).isEqualTo(1);
        assertThat(code("", 0, 0)).isEqualTo(2);
    }

    @Test
    void findsManyLevelsThroughTheHashTable() {
        for (int i = 0; i < 1000; i++) {
            assertThat(code("level" + i, 0, ("level" + i).length())).isEqualTo(i);
        }
        assertThat(code("level417", 0, 8)).isEqualTo(417);
        assertThat(dictionary.size()).isEqualTo(1000);
    }
}
