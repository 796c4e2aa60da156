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
    }
}
