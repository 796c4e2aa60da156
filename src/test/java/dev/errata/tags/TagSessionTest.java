package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class TagSessionTest {

    private final Dataset data = new DatasetBuilder("fixture")
            .categorical("id", "a", "b", "c", "d", "e")
            .numeric("snr", 5, 12, 9.5, 30, 1)
            .categorical("noisy", "yes", "No", "TRUE", "false", null)
            .numeric("flag", 1, 0, 0, 1, Double.NaN)
            .categorical("bad_flag", "yes", "maybe", "no", "no", "no")
            .idColumn("id")
            .build();
    private final TagSession session = new TagSession(data);
    private final List<String> heard = new ArrayList<>();

    TagSessionTest() {
        session.addListener((effect, change) -> heard.add(change + " " + effect.label()));
    }

    /** A project file holds texts of at most a mebi-character; what it cannot hold is refused where it is typed. */
    @Test
    void aNoteOrTagTextLongerThanAProjectFileHoldsIsRefused() {
        String longest = "x".repeat(1 << 20);
        session.setNote(0, longest);
        assertThat(session.note(0)).contains(longest);

        assertThatThrownBy(() -> session.setNote(1, longest + "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a note holds at most 1,048,576 characters, and this one has 1,048,577");
        assertThat(session.note(1)).isEmpty();
        assertThatThrownBy(() -> session.createTag(TagDefinition.hand("n" + longest, "#ff0000")))
                .hasMessage("a tag name holds at most 1,048,576 characters, and this one has 1,048,577");
        assertThatThrownBy(() -> TagDefinition.hand("noise", "#ff0000").withDescription(longest + "y"))
                .hasMessage("a tag description holds at most 1,048,576 characters, and this one has 1,048,577");
        assertThat(session.tags()).isEmpty();
    }

    @Test
    void undoesAndRedoesABulkToggleAsOneEdit() {
        session.createTag(TagDefinition.hand("car noise", "#ff0000"));
        session.setTag("car noise", RoaringBitmap.bitmapOf(0, 2), true);
        session.setTag("car noise", RoaringBitmap.bitmapOf(1, 2, 3), true);
        assertThat(session.rows("car noise").toArray()).containsExactly(0, 1, 2, 3);

        session.undo();
        assertThat(session.rows("car noise").toArray()).containsExactly(0, 2);
        session.redo();
        assertThat(session.rows("car noise").toArray()).containsExactly(0, 1, 2, 3);

        session.setTag("car noise", RoaringBitmap.bitmapOf(0, 4), false);
        session.undo();
        assertThat(session.rows("car noise").toArray()).containsExactly(0, 1, 2, 3);
        assertThat(heard)
                .containsExactly(
                        "APPLIED create tag car noise",
                        "APPLIED tag 2 rows car noise",
                        "APPLIED tag 2 rows car noise",
                        "UNDONE untag 2 rows car noise",
                        "REDONE tag 2 rows car noise",
                        "APPLIED untag 1 row car noise",
                        "UNDONE tag 1 row car noise");
    }

    @Test
    void editsMadeInOneStepUndoAndRedoTogetherWhileListenersHearEachEdit() {
        session.createTag(TagDefinition.hand("hum", "#00ff00"));
        List<String> undoLabels = new ArrayList<>();
        session.addListener(
                (effect, change) -> undoLabels.add(session.undoLabel().orElse("")));
        session.inOneStep("import reviews.csv", () -> {
            session.createTag(TagDefinition.hand("car noise", "#ff0000"));
            session.setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
            session.setReviewed(RoaringBitmap.bitmapOf(0, 1, 3), true);
            session.setNote(3, "loud");
        });
        assertThat(session.undoLabel()).contains("import reviews.csv");
        assertThat(undoLabels)
                .as("a listener, such as the window's Undo item, hears each edit with the step on the stack")
                .containsOnly("import reviews.csv")
                .hasSize(4);

        session.undo();
        assertThat(session.tags()).extracting(TagDefinition::name).containsExactly("hum");
        assertThat(session.reviewed().isEmpty()).isTrue();
        assertThat(session.note(3)).isEmpty();
        assertThat(session.undoLabel()).contains("create tag hum");

        session.redo();
        assertThat(session.rows("car noise").toArray()).containsExactly(1, 3);
        assertThat(session.reviewed().toArray()).containsExactly(0, 1, 3);
        assertThat(session.note(3)).contains("loud");
        assertThat(heard)
                .containsExactly(
                        "APPLIED create tag hum",
                        "APPLIED create tag car noise",
                        "APPLIED tag 2 rows car noise",
                        "APPLIED mark 3 rows reviewed",
                        "APPLIED edit note",
                        "UNDONE remove note",
                        "UNDONE unmark 3 rows reviewed",
                        "UNDONE untag 2 rows car noise",
                        "UNDONE delete tag car noise",
                        "REDONE create tag car noise",
                        "REDONE tag 2 rows car noise",
                        "REDONE mark 3 rows reviewed",
                        "REDONE edit note");
    }

    @Test
    void aStepWithoutEditsLeavesNothingToUndo() {
        session.inOneStep("import empty.csv", () -> {});
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void togglingTenThousandRowsIsOneEdit() {
        Dataset big = new DatasetBuilder("big").numeric("x", new double[20_000]).build();
        TagSession s = new TagSession(big);
        s.createTag(TagDefinition.hand("t", "#000000"));
        s.setTag("t", RoaringBitmap.bitmapOfRange(0, 10_000), true);
        s.undo();
        assertThat(s.rows("t").isEmpty()).isTrue();
        s.undo();
        assertThat(s.tags()).isEmpty();
        assertThat(s.canUndo()).isFalse();
    }

    @Test
    void undoOfDeleteRestoresPositionAndRows() {
        session.createTag(TagDefinition.hand("first", "#111111"));
        session.createTag(TagDefinition.hand("second", "#222222"));
        session.setTag("first", RoaringBitmap.bitmapOf(1, 3), true);
        session.deleteTag("first");
        assertThat(session.tags()).extracting(TagDefinition::name).containsExactly("second");

        session.undo();
        assertThat(session.tags()).extracting(TagDefinition::name).containsExactly("first", "second");
        assertThat(session.rows("first").toArray()).containsExactly(1, 3);
        session.redo();
        assertThat(session.tag("first")).isEmpty();
    }

    @Test
    void undoesEveryKindOfRedefinition() {
        session.createTag(TagDefinition.hand("blurry", "#123456"));
        session.setTag("blurry", RoaringBitmap.bitmapOf(4), true);
        TagDefinition original = session.tag("blurry").orElseThrow();

        session.renameTag("blurry", "out of focus");
        assertThat(session.rows("out of focus").toArray()).containsExactly(4);
        session.recolorTag("out of focus", "#abcdef");
        session.describeTag("out of focus", "camera shake");
        session.updateTagSettings("out of focus", 0.9, 2, 5, 3);
        assertThat(session.tag("out of focus").orElseThrow())
                .isEqualTo(new TagDefinition(
                        "out of focus", "#abcdef", TagKind.HAND, null, null, 0.9, 2, 5, "camera shake", 3));

        for (int i = 0; i < 4; i++) {
            session.undo();
        }
        assertThat(session.tags()).containsExactly(original);
        assertThat(session.rows("blurry").toArray()).containsExactly(4);
        for (int i = 0; i < 4; i++) {
            session.redo();
        }
        assertThat(session.tag("out of focus").orElseThrow().shortcut()).isEqualTo(3);
    }

    @Test
    void undoesReviewMarksAndNotes() {
        session.setReviewed(RoaringBitmap.bitmapOf(0, 1), true);
        session.setReviewed(RoaringBitmap.bitmapOf(1, 2), false);
        assertThat(session.reviewed().toArray()).containsExactly(0);
        session.undo();
        assertThat(session.reviewed().toArray()).containsExactly(0, 1);

        session.setNote(2, "truncated audio");
        session.setNote(2, "clipped");
        session.undo();
        assertThat(session.note(2)).contains("truncated audio");
        session.undo();
        assertThat(session.note(2)).isEmpty();
        session.redo();
        assertThat(session.notes()).containsEntry(2, "truncated audio");
        assertThat(session.redoLabel()).contains("edit note");
    }

    @Test
    void aNewEditClearsRedo() {
        session.setReviewed(RoaringBitmap.bitmapOf(0), true);
        session.undo();
        session.setReviewed(RoaringBitmap.bitmapOf(1), true);
        assertThat(session.canRedo()).isFalse();
    }

    @Test
    void ruleTagsFollowTheirRuleAndCountAllRows() {
        session.createTag(TagDefinition.rule("low snr", "#00ff00", "snr < 10"));
        assertThat(session.rows("low snr").toArray()).containsExactly(0, 2, 4);
        TagMembership m = session.membership("low snr");
        assertThat(m.scope().toArray()).containsExactly(0, 1, 2, 3, 4);

        session.changeRule("low snr", "snr < 6");
        assertThat(session.rows("low snr").toArray()).containsExactly(0, 4);
        session.undo();
        assertThat(session.rows("low snr").toArray()).containsExactly(0, 2, 4);
    }

    @Test
    void handTagsCountReviewedRowsOnly() {
        session.createTag(TagDefinition.hand("glare", "#00ff00"));
        session.setTag("glare", RoaringBitmap.bitmapOf(0, 1, 2), true);
        session.setReviewed(RoaringBitmap.bitmapOf(1, 2, 3), true);
        TagMembership m = session.membership("glare");
        assertThat(m.scope().toArray()).containsExactly(1, 2, 3);
        assertThat(m.rowsInScope().toArray()).containsExactly(1, 2);
    }

    @Test
    void importedTagsReadBooleanColumns() {
        session.createTag(TagDefinition.imported("noisy", "#0000ff", "noisy"));
        session.createTag(TagDefinition.imported("flag", "#0000ff", "flag"));
        assertThat(session.rows("noisy").toArray()).containsExactly(0, 2);
        assertThat(session.rows("flag").toArray()).containsExactly(0, 3);
        assertThatThrownBy(() -> session.setTag("flag", RoaringBitmap.bitmapOf(1), true))
                .hasMessageContaining("only hand tags");
    }

    @Test
    void refusesAnImportedColumnWithOtherValues() {
        assertThatThrownBy(() -> session.createTag(TagDefinition.imported("bad", "#0000ff", "bad_flag")))
                .hasMessage(
                        "column \"bad_flag\" holds \"maybe\" on line 3; a tag column holds only true/false, yes/no or 1/0");
        assertThatThrownBy(() -> session.createTag(TagDefinition.imported("bad", "#0000ff", "snr")))
                .hasMessageContaining("holds \"5.0\" on line 2");
        assertThat(session.tags()).isEmpty();
    }

    @Test
    void refusesTakenNamesShortcutsAndBadRules() {
        session.createTag(TagDefinition.hand("a", "#000000").withSettings(null, null, null, 1));
        assertThatThrownBy(() -> session.createTag(TagDefinition.hand("a", "#000000")))
                .hasMessage("there is already a tag \"a\"");
        assertThatThrownBy(() ->
                        session.createTag(TagDefinition.hand("b", "#000000").withSettings(null, null, null, 1)))
                .hasMessage("key 1 already toggles tag \"a\"");
        assertThatThrownBy(() -> session.createTag(TagDefinition.rule("r", "#000000", "snri < 3")))
                .isInstanceOf(RuleException.class)
                .hasMessage("unknown column \"snri\" at 0");
        assertThatThrownBy(() -> TagDefinition.hand("c", "red")).hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> TagDefinition.hand("c", "#000000").withSettings(null, 6, null, null))
                .hasMessageContaining("ease must be 1 to 5");
        assertThat(session.tags()).hasSize(1);
    }

    @Test
    void snapshotRestoresIntoANewSessionWithoutHistory() {
        session.createTag(TagDefinition.hand("a", "#000000"));
        session.setTag("a", RoaringBitmap.bitmapOf(2), true);
        session.setReviewed(RoaringBitmap.bitmapOf(2), true);
        session.setNote(2, "n");
        TagSession restored = new TagSession(data, session.snapshot());
        assertThat(restored.snapshot()).isEqualTo(session.snapshot());
        assertThat(restored.canUndo()).isFalse();
    }

    @Test
    void tagsOfOneScopeShareOneScopeBitmapSoMetricsCountItOnce() {
        TagSession session =
                new TagSession(new DatasetBuilder("d").numeric("x", 1, 2, 3).build());
        session.createTag(TagDefinition.hand("a", "#111111"));
        session.createTag(TagDefinition.hand("b", "#222222"));
        session.createTag(TagDefinition.rule("c", "#333333", "x > 1"));
        session.setReviewed(RoaringBitmap.bitmapOf(0, 2), true);
        List<TagMembership> all = session.memberships();
        assertThat(all.get(0).scope()).isSameAs(all.get(1).scope());
        assertThat(all.get(0).scope().toArray()).containsExactly(0, 2);
        assertThat(all.get(2).scope().getCardinality()).isEqualTo(3);
    }

    @Test
    void keepsACallersDerivedMembershipsOnlyWhileTheDefinitionIsTheSame() {
        session.createTag(TagDefinition.rule("low snr", "#00ff00", "snr < 10"));
        session.createTag(TagDefinition.hand("glare", "#ff0000"));
        session.setTag("glare", RoaringBitmap.bitmapOf(1), true);
        Map<TagDefinition, TagMembership> held = new HashMap<>();
        session.memberships().forEach(m -> held.put(m.tag(), m));

        session.setTag("glare", RoaringBitmap.bitmapOf(3), true);
        List<TagMembership> after = session.memberships(held);
        assertThat(after.get(0)).isSameAs(held.get(after.get(0).tag()));
        assertThat(after.get(1).rows().toArray()).containsExactly(1, 3);

        session.changeRule("low snr", "snr < 6");
        List<TagMembership> changed = session.memberships(held);
        assertThat(changed.get(0).rows().toArray()).containsExactly(0, 4);
        assertThat(changed.get(0).scope().getCardinality()).isEqualTo(5);
    }
}
