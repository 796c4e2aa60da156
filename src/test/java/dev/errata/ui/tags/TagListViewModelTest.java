package dev.errata.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.project.Project;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.session.RowMarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagListViewModelTest {

    @TempDir
    Path folder;

    Opened opened;
    TagListViewModel tags;

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        tags = opened.workspace().tags();
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    private RowMarks marks() {
        return opened.workspace().state().marks();
    }

    @Test
    void listsEachTagWithItsRowsAndShareOfErrors() {
        opened.workspace().rows().toggleTag("noisy", new int[] {1, 2});
        assertThat(tags.items())
                .singleElement()
                .extracting(TagItem::summary)
                .isEqualTo("0 of 0 reviewed · — of errors (est.) · 2 tagged rows not reviewed");
    }

    /**
     * The list counts what the metric panel counts: a hand tag on rows 1 and 2 with only row 1 (an error)
     * reviewed is 1 of 1 reviewed rows, the one reviewed error of four standing for all four, so 100% of
     * errors; row 2, tagged but not reviewed, is named apart rather than added to the count.
     */
    @Test
    void countsAHandTagsRowsAsTheMetricPanelDoesAndNamesTaggedRowsNotReviewed() {
        opened.workspace().rows().toggleTag("noisy", new int[] {1, 2});
        opened.workspace()
                .state()
                .edit("review", s -> s.setReviewed(org.roaringbitmap.RoaringBitmap.bitmapOf(1), true));
        assertThat(tags.items())
                .singleElement()
                .extracting(TagItem::summary)
                .isEqualTo("1 of 1 reviewed · 100.0% of errors (est.) · 1 tagged row not reviewed");
        String panel = dev.errata.report.SampleText.basis(
                opened.workspace().state().snapshot().tags().get(0));
        assertThat(tags.items().get(0).summary()).startsWith(panel + " ·");
    }

    @Test
    void createsARuleTagWithTheFirstFreeShortcutKey() {
        opened.dialogs.tagEditor = editor -> {
            editor.nameProperty().set("android");
            editor.kindProperty().set(TagKind.RULE);
            editor.rule().textProperty().set("device == \"android\"");
            return true;
        };
        tags.create();
        TagDefinition created = marks().tag("android").orElseThrow();
        assertThat(created.shortcut()).isEqualTo(2);
        assertThat(marks().rowsOf("android").toArray()).containsExactly(0, 1, 4, 7, 9);
        assertThat(tags.items()).extracting(TagItem::summary).contains("5 rows · 50.0% of errors");
    }

    @Test
    void changesTheRuleAndDescriptionOfARuleTagAndKeepsItsNameColourAndKey() {
        opened.workspace()
                .state()
                .edit(
                        "create",
                        s -> s.createTag(TagDefinition.rule("android", "#61afef", "device == \"android\"")
                                .withSettings(null, null, null, 2)));
        opened.dialogs.tagEditor = editor -> {
            assertThat(editor.isEditing()).isTrue();
            assertThat(editor.rule().textProperty().get()).isEqualTo("device == \"android\"");
            editor.rule().textProperty().set("device == \"web\"");
            editor.descriptionProperty().set("web traffic");
            return true;
        };
        tags.edit("android");

        TagDefinition edited = marks().tag("android").orElseThrow();
        assertThat(edited.rule()).isEqualTo("device == \"web\"");
        assertThat(edited.description()).isEqualTo("web traffic");
        assertThat(edited.color()).isEqualTo("#61afef");
        assertThat(edited.shortcut()).isEqualTo(2);
        assertThat(marks().rowsOf("android").toArray()).containsExactly(5, 6);
        opened.workspace().undo();
        assertThat(marks().rowsOf("android").toArray()).containsExactly(0, 1, 4, 7, 9);
        assertThat(marks().tag("android").orElseThrow().description()).isEmpty();
    }

    @Test
    void showsWhyATagCannotBeCreated() {
        opened.dialogs.tagEditor = editor -> {
            editor.nameProperty().set("noisy");
            assertThat(editor.problemProperty().get())
                    .isEqualTo("Another tag is called \"noisy\"; give this one another name.");
            return true;
        };
        tags.create();
        assertThat(tags.items()).extracting(TagItem::name).containsExactly("noisy");
        assertThat(opened.workspace().state().session().canUndo()).isFalse();
    }

    /**
     * One editor holds the name, colour, description, baseline, ease, importance and key; what the user
     * changed is one step of history, which the journal keeps line by line.
     */
    @Test
    void theTagEditorChangesEverythingAtOnceAsOneUndoableJournaledStep() throws Exception {
        opened.workspace().rows().toggleTag("noisy", new int[] {4});
        opened.dialogs.tagEditor = editor -> {
            assertThat(editor.isEditing()).isTrue();
            assertThat(editor.nameProperty().get()).isEqualTo("noisy");
            assertThat(editor.settings().shortcutProperty().get()).isEqualTo(1);
            editor.nameProperty().set("blurry");
            editor.colorProperty().set("#112233");
            editor.descriptionProperty().set("out of focus");
            editor.settings().baselineProperty().set("92.5%");
            editor.settings().easeProperty().set(4);
            editor.settings().importanceProperty().set(2);
            editor.settings().shortcutProperty().set(7);
            return true;
        };
        tags.edit("noisy");
        TagDefinition blurry = marks().tag("blurry").orElseThrow();
        assertThat(blurry.color()).isEqualTo("#112233");
        assertThat(blurry.description()).isEqualTo("out of focus");
        assertThat(blurry.baseline()).isEqualTo(0.925);
        assertThat(blurry.ease()).isEqualTo(4);
        assertThat(blurry.importance()).isEqualTo(2);
        assertThat(blurry.shortcut()).isEqualTo(7);
        assertThat(marks().rowsOf("blurry").toArray()).containsExactly(4);
        assertThat(opened.workspace().undoTextProperty().get()).isEqualTo("Undo edit tag noisy");
        String journal = Files.readString(
                Project.journalOf(opened.workspace().state().project().file()));
        assertThat(journal)
                .contains("\"blurry\"")
                .contains("#112233")
                .contains("out of focus")
                .contains("0.925");

        opened.workspace().undo();
        TagDefinition noisy = marks().tag("noisy").orElseThrow();
        assertThat(noisy.color()).isEqualTo("#e06c75");
        assertThat(noisy.description()).isEmpty();
        assertThat(noisy.baseline()).isNull();
        assertThat(noisy.shortcut()).isEqualTo(1);
        assertThat(marks().rowsOf("noisy").toArray()).containsExactly(4);

        tags.delete("noisy");
        assertThat(tags.items()).isEmpty();
        opened.workspace().undo();
        assertThat(tags.items()).extracting(TagItem::name).containsExactly("noisy");
    }

    @Test
    void theEditorSaysInWordsWhatKeepsATagFromBeingSaved() {
        opened.workspace().state().edit("create", s -> s.createTag(TagDefinition.hand("blurry", "#61afef")));
        TagEditorViewModel editor = TagEditorViewModel.editing(
                opened.workspace().rows().dataset(), marks().tag("noisy").orElseThrow(), List.of("blurry"));
        assertThat(editor.problemProperty().get()).isEmpty();
        editor.nameProperty().set("  ");
        assertThat(editor.problemProperty().get()).isEqualTo("Give the tag a name.");
        editor.nameProperty().set("blurry");
        assertThat(editor.problemProperty().get())
                .isEqualTo("Another tag is called \"blurry\"; give this one another name.");
        editor.nameProperty().set("noise");
        editor.settings().baselineProperty().set("101");
        assertThat(editor.problemProperty().get())
                .isEqualTo("The baseline is a percentage from 0 to 100, e.g. 92.5; leave it empty for none.");
        assertThat(editor.completeProperty().get()).isFalse();
        editor.settings().baselineProperty().set("");
        assertThat(editor.completeProperty().get()).isTrue();
    }

    @Test
    void refusesABaselineOutsideZeroToHundredPercent() {
        TagSettingsViewModel settings =
                new TagSettingsViewModel(marks().tag("noisy").orElseThrow());
        settings.baselineProperty().set("120");
        assertThat(settings.validProperty().get()).isFalse();
        settings.baselineProperty().set("abc");
        assertThat(settings.validProperty().get()).isFalse();
        settings.baselineProperty().set("");
        assertThat(settings.validProperty().get()).isTrue();
        assertThat(settings.baselineFraction()).isNull();
    }

    @Test
    void pointsAtTheOffendingPartOfARuleAsItIsTyped() {
        TagEditorViewModel editor =
                new TagEditorViewModel(opened.workspace().rows().dataset(), "#000000", List.of());
        editor.nameProperty().set("x");
        editor.kindProperty().set(TagKind.RULE);
        editor.rule().textProperty().set("devise == \"ios\"");
        assertThat(editor.rule().problemOffsetProperty().get()).isZero();
        assertThat(editor.rule().problemLengthProperty().get()).isEqualTo(6);
        assertThat(editor.rule().problemProperty().get()).isNotEmpty();
        assertThat(editor.completeProperty().get()).isFalse();
        editor.rule().textProperty().set("device == \"ios\"");
        assertThat(editor.rule().problemOffsetProperty().get()).isEqualTo(-1);
        assertThat(editor.completeProperty().get()).isTrue();
    }
}
