package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassOrderTest {

    @Test
    void textClassesSortByCodePointAsScikitLearnsLabelOrder() {
        // sklearn.utils.multiclass.unique_labels(['b','Z','é','Ａ','a'], ['😀','B','10','9','a']), the order
        // confusion_matrix uses (scikit-learn 1.9.1): ['10' '9' 'B' 'Z' 'a' 'b' 'é' 'Ａ' '😀']. The fullwidth Ａ
        // (U+FF21) comes before the emoji (U+1F600) although its UTF-16 unit is larger than the emoji's first one.
        List<String> classes = List.of("b", "Z", "é", "Ａ", "a", "😀", "B", "10", "9");

        assertThat(ClassOrder.sorted(classes)).containsExactly("10", "9", "B", "Z", "a", "b", "é", "Ａ", "😀");
    }

    @Test
    void numberClassesSortByValue() {
        // unique_labels([10, 9, 2.5], [-1, 10]) = [-1. 2.5 9. 10.]
        assertThat(ClassOrder.sorted(List.of("10", "9", "2.5", "-1"))).containsExactly("-1", "2.5", "9", "10");
        // digits of other scripts read as numbers too, as Java's BigDecimal reads them; an exponent is a number
        assertThat(ClassOrder.sorted(List.of("\u0663", "10", "2", "1e1"))).containsExactly("2", "\u0663", "10", "1e1");
        assertThat(ClassOrder.sorted(List.of("10", "e", "2"))).containsExactly("10", "2", "e");
    }

    /**
     * Whole numbers sort by value as the decimals do, equal values by their text; a number too long for a
     * long, or one with a point, sorts with the rest by its exact value. Checked against a sort by BigDecimal.
     */
    @Test
    void wholeNumberClassesSortByValueAsExactDecimalsDo() {
        assertThat(ClassOrder.sorted(List.of("10", " 2", "+1", "01", "-3", "1", "-0", "0")))
                .containsExactly("-3", "-0", "0", "+1", "01", "1", " 2", "10");
        assertThat(ClassOrder.sorted(List.of("9", "12345678901234567890", "-12345678901234567890", "1.5")))
                .containsExactly("-12345678901234567890", "1.5", "9", "12345678901234567890");

        java.util.Random random = new java.util.Random(13);
        for (int trial = 0; trial < 200; trial++) {
            List<String> classes = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                long value = random.nextInt(3) == 0 ? random.nextLong() / 10 : random.nextInt(41) - 20;
                classes.add((value < 0 ? "-" : "") + (random.nextBoolean() ? "0" : "") + Math.abs(value));
            }
            List<String> byDecimal = classes.stream()
                    .sorted(java.util.Comparator.comparing((String c) -> new java.math.BigDecimal(c.strip()))
                            .thenComparing(ClassOrder::compareCodePoints))
                    .toList();
            assertThat(ClassOrder.sorted(classes)).isEqualTo(byDecimal);
        }
    }
}
