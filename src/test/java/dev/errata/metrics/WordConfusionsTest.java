package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.data.WordAlignment;
import dev.errata.tags.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/** The rows whose alignment holds one confusion, on transcripts made by hand. */
class WordConfusionsTest {

    @TempDir
    Path dir;

    @Test
    void theRowsOfAConfusionAreThoseWhoseAlignmentHasIt() throws Exception {
        // rows 0, 2 and 4 hear "two" as "to"; row 1 says "to" and is heard right; row 3 drops "two";
        // row 5 adds "to"; row 6 is not evaluated (outside the rows asked about)
        Path csv = Files.writeString(dir.resolve("heard.csv"), """
                label,prediction
                book two tickets for the show,book to tickets for the show
                go to the station before noon,go to the station before noon
                i need two more of those please,i need to more of those please
                we have two cats at home now,we have cats at home now
                play the next song on the list,play the next song to on the list
                the two of us will go there,the to of us will go there
                buy two loaves of bread today,buy to loaves of bread today
                """);
        LoadedData data = new CsvImporter().load(ImportRequest.of(csv), Progress.NONE);
        Transcripts transcripts = Outcomes.of(data.dataset(), data.roles()).transcripts();
        RoaringBitmap asked = RoaringBitmap.bitmapOfRange(0, 6);

        WordConfusions.Confusion twoAsTo =
                WordConfusions.mostFrequent(transcripts, asked, 1).get(0);
        assertThat(twoAsTo).isEqualTo(new WordConfusions.Confusion(WordAlignment.Kind.SUBSTITUTION, "two", "to", 3));

        assertThat(WordConfusions.rowsWith(transcripts, asked, twoAsTo).toArray())
                .containsExactly(0, 2, 5);
        assertThat(WordConfusions.rowsWith(
                                transcripts,
                                asked,
                                new WordConfusions.Confusion(WordAlignment.Kind.DELETION, "two", "", 1))
                        .toArray())
                .containsExactly(3);
        assertThat(WordConfusions.rowsWith(
                                transcripts,
                                asked,
                                new WordConfusions.Confusion(WordAlignment.Kind.INSERTION, "", "to", 1))
                        .toArray())
                .containsExactly(4);
    }

    @Test
    void aConfusionsRuleSelectsTheRowsTheTableCountsOnTheSpeechSample() throws Exception {
        LoadedData data = new CsvImporter()
                .load(
                        ImportRequest.of(Path.of("sample-projects/speech/speech.csv"))
                                .withOverrides(new ColumnRoles(
                                        "id", "reference", "recognised", null, null, Task.TRANSCRIPTION, null)),
                        Progress.NONE);
        Transcripts transcripts = Outcomes.of(data.dataset(), data.roles()).transcripts();
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, data.dataset().rowCount());
        List<WordConfusions.Confusion> confusions = WordConfusions.mostFrequent(transcripts, all, 40);
        Set<WordAlignment.Kind> kinds = EnumSet.noneOf(WordAlignment.Kind.class);

        for (WordConfusions.Confusion confusion : confusions) {
            Rule rule = Rule.parse(SliceRule.confusion("recognised", "reference", confusion.edit()));
            assertThat(rule.evaluate(data.dataset()))
                    .as(rule.text())
                    .isEqualTo(WordConfusions.rowsWith(transcripts, all, confusion));
            kinds.add(confusion.kind());
        }
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        WordAlignment.Kind.SUBSTITUTION, WordAlignment.Kind.DELETION, WordAlignment.Kind.INSERTION);
    }
}
