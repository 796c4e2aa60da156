package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.data.WordAlignment.Kind;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.WordConfusions.Confusion;
import dev.errata.tags.Rule;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/** Word confusions proposed as rule tags, on transcripts whose figures are counted by hand. */
class ConfusionSearchTest {

    @TempDir
    Path dir;

    @Test
    void theConfusionsOfTheErrorsComeWithTheirRowsRuleAndShare() throws Exception {
        // word error rates: row 0 1/6, row 1 0, row 2 1/4 ("two" → "to"), row 3 1/4 ("two" dropped),
        // row 4 2/4 ("two" → "to" and "uh" added). At a tolerance of 0.2 rows 2, 3 and 4 are the errors,
        // so among them "two" → "to" happens twice and "uh" added and "two" dropped once each
        Path csv = Files.writeString(dir.resolve("heard.csv"), """
                label,prediction
                book two tickets for the show,book to tickets for the show
                go to the station,go to the station
                i need two more,i need to more
                we have two cats,we have cats
                the two of us,the to of us uh
                """);
        LoadedData data = new CsvImporter().load(ImportRequest.of(csv), Progress.NONE);
        Outcomes outcomes = Outcomes.of(data.dataset(), data.roles());
        ErrorRows errors = ErrorRows.of(outcomes, 0.2);
        TagMembership booked = new TagMembership(
                TagDefinition.hand("booked", "#112233"),
                RoaringBitmap.bitmapOf(0, 2),
                RoaringBitmap.bitmapOfRange(0, 5));

        List<ConfusionSuggestion> found = ConfusionSearch.run(outcomes, errors, data.roles(), List.of(booked), 10);

        assertThat(found)
                .extracting(ConfusionSuggestion::confusion)
                .containsExactly(
                        new Confusion(Kind.SUBSTITUTION, "two", "to", 2),
                        new Confusion(Kind.INSERTION, "", "uh", 1),
                        new Confusion(Kind.DELETION, "two", "", 1));
        ConfusionSuggestion twoAsTo = found.get(0);
        assertThat(twoAsTo.rule()).isEqualTo("prediction against label mishears \"two\" as \"to\"");
        // its rows are every row that hears "two" as "to", row 0 too though it is within the tolerance
        assertThat(twoAsTo.rows().toArray()).containsExactly(0, 2, 4);
        assertThat(Rule.parse(twoAsTo.rule()).evaluate(data.dataset())).isEqualTo(twoAsTo.rows());
        assertThat(twoAsTo.size()).isEqualTo(3);
        assertThat(twoAsTo.errors()).isEqualTo(2);
        assertThat(twoAsTo.errorRate().value()).isCloseTo(2 / 3.0, within(1e-12));
        // overall 3 errors in 5 rows: lift (2/3) / (3/5) = 10/9; share of the errors 2/3
        assertThat(twoAsTo.lift()).isCloseTo(10 / 9.0, within(1e-12));
        assertThat(twoAsTo.errorShare()).isCloseTo(2 / 3.0, within(1e-12));
        // "booked" holds rows 0 and 2: 2 of its 3 rows, Jaccard 2 / (3 + 2 - 2)
        assertThat(twoAsTo.overlaps()).containsExactly(new TagOverlap("booked", 2 / 3.0, 2 / 3.0));
        assertThat(found.get(1).rule()).isEqualTo("prediction against label adds \"uh\"");
        assertThat(found.get(2).rule()).isEqualTo("prediction against label drops \"two\"");
        assertThat(found.get(2).errorShare()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void aWordNoRuleCanQuoteIsNotProposed() throws Exception {
        Path csv = Files.writeString(dir.resolve("quotes.csv"), """
                label,prediction
                say it,"say ""it's""\"
                say it,"say ""it's""\"
                say it,say this
                """);
        LoadedData data = new CsvImporter()
                .load(
                        ImportRequest.of(csv)
                                .withOverrides(new ColumnRoles(
                                        null, "label", "prediction", null, null, Task.TRANSCRIPTION, null)),
                        Progress.NONE);
        Outcomes outcomes = Outcomes.of(data.dataset(), data.roles());

        List<ConfusionSuggestion> found =
                ConfusionSearch.run(outcomes, ErrorRows.of(outcomes, 0), data.roles(), List.of(), 10);

        assertThat(found)
                .extracting(ConfusionSuggestion::rule)
                .containsExactly("prediction against label mishears \"it\" as \"this\"");
    }
}
