package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.data.WordAlignment;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * Real transcripts: 120 sentences of the Gettysburg Address and Pride and Prejudice with the errors a
 * recogniser makes, under four recording conditions. Every expected number is printed by
 * {@code src/test/resources/dev/errata/metrics/transcripts.py}, which aligns them with its own code.
 */
class TranscriptionMetricsTest {

    private static final double EXACT = 1e-12;

    private static LoadedData transcripts() throws URISyntaxException {
        Path csv = Path.of(TranscriptionMetricsTest.class
                .getResource("/dev/errata/metrics/transcripts.csv")
                .toURI());
        return new CsvImporter().load(ImportRequest.of(csv), Progress.NONE);
    }

    private static MetricsSnapshot snapshot(LoadedData data, MetricsSettings settings, List<TagInput> tags) {
        return MetricsSnapshot.compute(data.dataset(), data.roles(), settings, tags);
    }

    private static RoaringBitmap rowsOf(LoadedData data, String condition) {
        RoaringBitmap rows = new RoaringBitmap();
        for (int row = 0; row < data.dataset().rowCount(); row++) {
            if (data.dataset().categorical("condition").text(row).equals(condition)) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void freeTextLabelsAndPredictionsAreATranscription() throws Exception {
        assertThat(transcripts().roles().task()).isEqualTo(Task.TRANSCRIPTION);
    }

    @Test
    void overallRatesEqualAnIndependentAlignment() throws Exception {
        MetricsSnapshot s = snapshot(transcripts(), MetricsSettings.defaults(), List.of());

        // all: rows=120 words=1671 S=68 D=32 I=114 chars=8211 char_edits=577 sentence_errors=85
        TranscriptionMetrics t = s.transcription();
        assertThat(t).isEqualTo(new TranscriptionMetrics(120, 1671, 68, 32, 114, 8211, 577, 85));
        assertThat(t.wordErrorRate()).isCloseTo(0.12806702573309395, within(EXACT));
        assertThat(t.characterErrorRate()).isCloseTo(0.07027158689562782, within(EXACT));
        assertThat(t.sentenceErrorRate()).isCloseTo(0.7083333333333334, within(EXACT));
        // tolerance 0: a row is an error when it has any word edit
        assertThat(s.errorRows().tolerance()).isZero();
        assertThat(s.errorRows().errorCount()).isEqualTo(85);
        assertThat(s.classification()).isNull();
        assertThat(s.regression()).isNull();
    }

    @Test
    void eachConditionHasItsOwnRates() throws Exception {
        MetricsSnapshot s =
                snapshot(transcripts(), MetricsSettings.defaults().withSliceColumns(List.of("condition")), List.of());

        List<Slice> slices = s.slices().get(0).slices();
        assertThat(slices)
                .extracting(Slice::value)
                .containsExactly("car noise", "clean", "low bandwidth", "people noise");
        assertThat(slices.get(0).transcription())
                .isEqualTo(new TranscriptionMetrics(30, 413, 18, 7, 28, 2043, 146, 22));
        assertThat(slices.get(1).transcription()).isEqualTo(new TranscriptionMetrics(30, 436, 1, 2, 9, 2121, 42, 10));
        assertThat(slices.get(2).transcription())
                .isEqualTo(new TranscriptionMetrics(30, 389, 24, 9, 38, 1914, 182, 26));
        assertThat(slices.get(3).transcription())
                .isEqualTo(new TranscriptionMetrics(30, 433, 25, 14, 39, 2133, 207, 27));
        assertThat(slices.get(3).transcription().wordErrorRate()).isCloseTo(0.18013856812933027, within(EXACT));
        assertThat(slices.get(2).transcription().characterErrorRate()).isCloseTo(0.09508881922675026, within(EXACT));
        // the slice's error rate is its sentence error rate: 27 of 30
        assertThat(slices.get(3).errorRate().value()).isCloseTo(0.9, within(EXACT));
    }

    @Test
    void aToleranceLetsRowsWithFewEditsPass() throws Exception {
        LoadedData data = transcripts();
        MetricsSnapshot s = snapshot(data, MetricsSettings.defaults().withTolerance(0.1), List.of());
        Transcripts t = Outcomes.of(data.dataset(), data.roles()).transcripts();

        int expected = 0;
        for (int row = 0; row < data.dataset().rowCount(); row++) {
            expected += (double) t.wordEdits(row) / t.referenceWords(row) > 0.1 ? 1 : 0;
        }
        assertThat(s.errorRows().errorCount())
                .isEqualTo(expected)
                .isLessThan(85)
                .isPositive();
    }

    @Test
    void aTagsErrorRateIsItsSentenceErrorRate() throws Exception {
        LoadedData data = transcripts();
        RoaringBitmap peopleNoise = rowsOf(data, "people noise");
        TagInput tag =
                TagInput.overAllRows("people noise", peopleNoise, data.dataset().rowCount(), 0.95);

        TagMetrics m =
                snapshot(data, MetricsSettings.defaults(), List.of(tag)).tags().get(0);

        // 27 of the 85 errors; 27 of its 30 rows; headroom 0.95 − 3/30
        assertThat(m.errorShare().value()).isCloseTo(27 / 85.0, within(EXACT));
        assertThat(m.errorRate().value()).isCloseTo(0.9, within(EXACT));
        assertThat(m.headroom().value()).isCloseTo(0.95 - 0.1, within(EXACT));
    }

    @Test
    void aTagHasTheWordErrorRateOfItsRows() throws Exception {
        LoadedData data = transcripts();
        RoaringBitmap lowBandwidth = rowsOf(data, "low bandwidth");
        TagInput tag = TagInput.overAllRows(
                "low bandwidth", lowBandwidth, data.dataset().rowCount(), Double.NaN);
        MetricsSnapshot s = snapshot(data, MetricsSettings.defaults(), List.of());

        MetricsSnapshot tagged = s.withTags(List.of(tag));

        // low bandwidth: rows=30 words=389 S=24 D=9 I=38 chars=1914 char_edits=182 sentence_errors=26
        assertThat(tagged.tagTranscriptions())
                .containsExactly(new TranscriptionMetrics(30, 389, 24, 9, 38, 1914, 182, 26));
        assertThat(tagged.tagTranscriptions().get(0).wordErrorRate()).isCloseTo(0.18251928020565553, within(EXACT));
    }

    @Test
    void theMostFrequentConfusionsComeFirst() throws Exception {
        LoadedData data = transcripts();
        MetricsSnapshot s = snapshot(data, MetricsSettings.defaults(), List.of());

        List<WordConfusions.Confusion> top =
                WordConfusions.mostFrequent(s.transcripts(), s.errorRows().evaluable(), 6);

        // transcripts.py: [('I','','and') 32, ('I','','the') 29, ('I','','uh') 28, ('I','','um') 22,
        // ('D','is','') 5, ('D','a','') 4]; ties by the word said, then the word recognised
        assertThat(top)
                .containsExactly(
                        new WordConfusions.Confusion(WordAlignment.Kind.INSERTION, "", "and", 32),
                        new WordConfusions.Confusion(WordAlignment.Kind.INSERTION, "", "the", 29),
                        new WordConfusions.Confusion(WordAlignment.Kind.INSERTION, "", "uh", 28),
                        new WordConfusions.Confusion(WordAlignment.Kind.INSERTION, "", "um", 22),
                        new WordConfusions.Confusion(WordAlignment.Kind.DELETION, "is", "", 5),
                        new WordConfusions.Confusion(WordAlignment.Kind.DELETION, "a", "", 4));
    }
}
