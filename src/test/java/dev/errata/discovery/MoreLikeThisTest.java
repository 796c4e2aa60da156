package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.tags.Rule;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class MoreLikeThisTest {

    private static final String[] DEVICES = {"android", "ios", "web"};

    /** 2,000 rows; the hidden tag is device == "android" and snr < 10, about one row in nine. */
    private static Dataset data(Random random) {
        int n = 2_000;
        String[] id = new String[n];
        String[] device = new String[n];
        double[] snr = new double[n];
        double[] age = new double[n];
        String[] region = new String[n];
        for (int i = 0; i < n; i++) {
            id[i] = "r" + i;
            device[i] = DEVICES[random.nextInt(3)];
            snr[i] = Math.round(random.nextDouble() * 300) / 10.0;
            age[i] = 18 + random.nextInt(60);
            region[i] = random.nextBoolean() ? "north" : "south";
        }
        return new DatasetBuilder("d")
                .categorical("id", id)
                .categorical("device", device)
                .numeric("snr", snr)
                .numeric("age", age)
                .categorical("region", region)
                .idColumn("id")
                .build();
    }

    private static RoaringBitmap hidden(Dataset data) {
        return Rule.parse("device == \"android\" and snr < 10").evaluate(data);
    }

    @Test
    void recoversAHiddenRuleFromAReviewedSample() {
        for (int seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            Dataset data = data(random);
            RoaringBitmap reviewed = new RoaringBitmap();
            while (reviewed.getCardinality() < 400) {
                reviewed.add(random.nextInt(data.rowCount()));
            }

            MoreLikeThis found = MoreLikeThis.of(data, hidden(data), reviewed, "id");

            assertThat(found.precision()).as("seed %d: %s", seed, found.rule()).isGreaterThanOrEqualTo(0.9);
            assertThat(found.recall()).as("seed %d: %s", seed, found.rule()).isGreaterThanOrEqualTo(0.9);
            assertThat(found.rule()).contains("device == \"android\"").contains("snr <= ");
            // the rule parses in the rule language and holds exactly the rows it claims
            assertThat(Rule.parse(found.rule()).evaluate(data)).isEqualTo(found.rows());
            RoaringBitmap unreviewed = RoaringBitmap.andNot(found.rows(), reviewed);
            assertThat(found.unreviewed()).hasSize(unreviewed.getCardinality());
            // on all rows, not only the reviewed ones: the threshold falls between reviewed values below 10
            assertThat(RoaringBitmap.andCardinality(found.rows(), hidden(data)))
                    .isGreaterThanOrEqualTo((int) (0.8 * hidden(data).getCardinality()));
        }
    }

    @Test
    void aSplitOnBothSidesIsWrittenAsAnOrOfItsPaths() {
        // tagged: web whatever the snr, or snr <= 5 whatever the device; the complement of a column with no
        // missing value is written as the comparison the other way
        Random random = new Random(3);
        Dataset data = data(random);
        RoaringBitmap tag = Rule.parse("device == \"web\" or snr <= 5").evaluate(data);

        MoreLikeThis found = MoreLikeThis.of(data, tag, RoaringBitmap.bitmapOfRange(0, 600), "id");

        assertThat(Rule.parse(found.rule()).evaluate(data)).isEqualTo(found.rows());
        assertThat(found.rule()).contains(" or ").contains("device != \"web\"");
        assertThat(found.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(found.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aTagWithFewerThanFifteenReviewedMembersIsRefusedInWords() {
        Dataset data = data(new Random(1));
        RoaringBitmap tag = RoaringBitmap.bitmapOfRange(0, 14);

        assertThatThrownBy(() -> MoreLikeThis.of(data, tag, RoaringBitmap.bitmapOfRange(0, 100), "id"))
                .hasMessage("more like this learns from at least 15 reviewed rows with the tag and some without it;"
                        + " the tag has 14 reviewed rows with it and 86 without");
    }
}
