package dev.errata.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.session.RowMarks;
import java.nio.file.Path;
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
        assertThat(tags.items()).singleElement().extracting(TagItem::summary)
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
        opened.workspace().state().edit("review", s -> s.setReviewed(org.roaringbitmap.RoaringBitmap.bitmapOf(1), true));
        assertThat(tags.items()).singleElement().extracting(TagItem::summary)
                .isEqualTo("1 of 1 reviewed · 100.0% of errors (est.) · 1 tagged row not reviewed");
        String panel = dev.errata.report.SampleText.basis(opened.workspace().state().snapshot().tags().get(0));
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
        opened.workspace().state().edit("create", s -> s.createTag(
                TagDefinition.rule("android", "#61afef", "device == \"android\"").withSettings(null, null, null, 2)));
        opened.dialogs.tagEditor = editor -> {
            assertThat(editor.isEditing()).isTrue();
            assertThat(editor.rule().textProperty().get()).isEqualTo("device == \"android\"");
            editor.rule().textProperty().set("device == \"web\"");
            editor.descriptionProperty().set("web traffic");
            return true;
        };
        tags.editDefinition("android");

        TagDefinition edited = marks().tag("android").orElseThrow();
        assertThat(edited.rule()).isEqualTo("device == \"web\"");
        assertThat(edited.description()).isEqualTo("web traffic");
        assertThat(edited.color()).isEqualTo("#61afef");
        assertThat(edited.shortcut()).isEqualTo(2);
        assertThat(marks().rowsOf("android").toArray()).containsExactly(5, 6);
        opened.workspace().undo();
        opened.workspace().undo();
        assertThat(marks().rowsOf("android").toArray()).containsExactly(0, 1, 4, 7, 9);
    }

    @Test
    void showsWhyATagCannotBeCreated() {
        opened.dialogs.tagEditor = editor -> {
            editor.nameProperty().set("noisy");
            return true;
        };
        tags.create();
        assertThat(opened.dialogs.errors).singleElement().asString().contains("already a tag \"noisy\"");
    }

    @Test
    void renamesRecoloursAndDeletesUndoably() {
        opened.workspace().rows().toggleTag("noisy", new int[] {4});
        opened.dialogs.textAnswers.add("blurry");
        tags.rename("noisy");
        opened.dialogs.colorAnswer = "#112233";
        tags.recolor("blurry");
        assertThat(marks().tag("blurry").orElseThrow().color()).isEqualTo("#112233");
        tags.delete("blurry");
        assertThat(tags.items()).isEmpty();
        opened.workspace().undo();
        assertThat(marks().rowsOf("blurry").toArray()).containsExactly(4);
        assertThat(tags.items()).extracting(TagItem::name).containsExactly("blurry");
    }

    @Test
    void setsBaselineEaseImportanceAndShortcut() {
        opened.dialogs.settingsEditor = settings -> {
            settings.baselineProperty().set("92.5%");
            settings.easeProperty().set(4);
            settings.importanceProperty().set(2);
            settings.shortcutProperty().set(7);
            return true;
        };
        tags.editSettings("noisy");
        TagDefinition noisy = marks().tag("noisy").orElseThrow();
        assertThat(noisy.baseline()).isEqualTo(0.925);
        assertThat(noisy.ease()).isEqualTo(4);
        assertThat(noisy.importance()).isEqualTo(2);
        assertThat(noisy.shortcut()).isEqualTo(7);
    }

    @Test
    void refusesABaselineOutsideZeroToHundredPercent() {
        TagSettingsViewModel settings = new TagSettingsViewModel(marks().tag("noisy").orElseThrow());
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
        TagEditorViewModel editor = new TagEditorViewModel(opened.workspace().rows().dataset(), "#000000");
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
