package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.WordAlignment.Kind;
import dev.errata.data.WordAlignment.Step;
import dev.errata.metrics.EditCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {

    @Test
    void aMisheardWordIsASubstitutionBetweenMatches() {
        List<Step> steps = WordAlignment.align("turn on two lights", "turn on to lights");

        assertThat(steps)
                .containsExactly(
                        new Step(Kind.MATCH, "turn", "turn"),
                        new Step(Kind.MATCH, "on", "on"),
                        new Step(Kind.SUBSTITUTION, "two", "to"),
                        new Step(Kind.MATCH, "lights", "lights"));
        assertThat(EditCounts.of("turn on two lights", "turn on to lights")).isEqualTo(new EditCounts(4, 1, 0, 0));
    }

    @Test
    void droppedAndAddedWordsAreDeletionsAndInsertions() {
        // "the" dropped, "uh" added: 1 deletion + 1 insertion over 5 reference words
        List<Step> steps = WordAlignment.align("open the door for me", "open door uh for me");

        assertThat(steps)
                .extracting(Step::kind)
                .containsExactly(Kind.MATCH, Kind.DELETION, Kind.MATCH, Kind.INSERTION, Kind.MATCH, Kind.MATCH);
        EditCounts counts = EditCounts.of("open the door for me", "open door uh for me");
        assertThat(counts).isEqualTo(new EditCounts(5, 0, 1, 1));
        assertThat(counts.wordErrorRate()).isEqualTo(2 / 5.0);
    }

    @Test
    void ofEqualCostAlignmentsKaldisIsTaken() {
        // "a b" → "b c" costs 2 as two substitutions or as a deletion and an insertion. Kaldi's recurrence
        // takes a substitution only when strictly cheaper, so: delete "a", match "b", insert "c".
        assertThat(EditCounts.of("a b", "b c")).isEqualTo(new EditCounts(2, 0, 1, 1));
        // "x" → "y z": at the last cell the substitution (from "x"/"y", cost 1) ties with the insertion of
        // "z" (cost 1) and the deletion loses (cost 3); the tie goes to the insertion, then "x"/"y" is a
        // substitution; the recurrence in transcripts.py gives the same (S 1, D 0, I 1)
        assertThat(EditCounts.of("x", "y z")).isEqualTo(new EditCounts(1, 1, 0, 1));
    }

    @Test
    void blankTranscriptsHaveNoWords() {
        assertThat(EditCounts.of("  ", "")).isEqualTo(new EditCounts(0, 0, 0, 0));
        assertThat(EditCounts.of("", "hello").wordErrorRate()).isInfinite();
        assertThat(EditCounts.of("hello world", "").wordErrorRate()).isEqualTo(1.0);
    }

    @Test
    void charactersCountTheSpacesBetweenWords() {
        // "two lights" → "to lights": one deletion among 10 characters (the space included)
        assertThat(WordAlignment.characters("two  lights ")).isEqualTo(10);
        assertThat(WordAlignment.characterEdits("two lights", "to lights")).isEqualTo(1);
        // merging two words deletes the space between them
        assertThat(WordAlignment.characterEdits("battle field", "battlefield")).isEqualTo(1);
        assertThat(WordAlignment.characterEdits("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void caseAndPunctuationCountAsWritten() {
        // "Hello," is not "hello"; "world" matches
        assertThat(EditCounts.of("Hello, world", "hello world")).isEqualTo(new EditCounts(2, 1, 0, 0));
    }
}
