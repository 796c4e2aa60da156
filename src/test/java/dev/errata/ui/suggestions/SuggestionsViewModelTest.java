package dev.errata.ui.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.SpeechCopy;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.Suggestion;
import dev.errata.project.Project;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.Opened;
import dev.errata.ui.PocketProject;
import dev.errata.ui.SmallProject;
import dev.errata.ui.analysis.TagLine;
import dev.errata.ui.background.Activity;
import dev.errata.ui.background.HeldBackground;
import dev.errata.ui.review.ProposalContext;
import dev.errata.ui.tags.TagItem;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Suggestions tab on the planted pocket of {@link PocketProject}, whose numbers are counted there. */
class SuggestionsViewModelTest {

    @TempDir
    Path folder;

    Opened opened;

    private Workspace open(Path project) {
        opened = Opened.on(project);
        return opened.workspace();
    }

    /** The pocket project, its suggestions searched on this thread. */
    private Workspace searchedPocket() throws Exception {
        Workspace workspace = open(PocketProject.create(folder));
        workspace.suggestions().search(SearchSettings.DEFAULT);
        return workspace;
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    @Test
    void searchesWithTheSettingsGiven() throws Exception {
        SuggestionsViewModel model = open(PocketProject.create(folder)).suggestions();
        assertThat(model.candidateColumns()).contains("region", "plan");

        model.search(new SearchSettings(1, 10, 0.95, 0, true, List.of("region")));

        // one column, one condition: the pocket's region alone, c, with its 50 pocket rows among others
        assertThat(model.suggestions()).isNotEmpty();
        assertThat(model.suggestions())
                .allSatisfy(s -> assertThat(s.rule()).startsWith("region == "))
                .allSatisfy(s -> assertThat(((Suggestion) s).conditions()).hasSize(1));
        assertThat(model.suggestions().get(0).rule()).isEqualTo("region == \"c\"");
    }

    @Test
    void findsThePlantedPocketFirst() throws Exception {
        SuggestionsViewModel model = searchedPocket().suggestions();

        Suggestion first = (Suggestion) model.suggestions().get(0);
        assertThat(first.rule()).isEqualTo(PocketProject.RULE);
        assertThat(first.size()).isEqualTo(PocketProject.POCKET_ROWS);
        assertThat(first.errors()).isEqualTo(PocketProject.POCKET_ERRORS);
        assertThat(first.lift()).isCloseTo(3.6923, Offset.offset(1e-4));
        assertThat(first.rows().getCardinality()).isEqualTo(PocketProject.POCKET_ROWS);
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith(model.suggestions().size() + " weak slices, best first; ");
    }

    @Test
    void walkingShowsTheSlicesRowsAloneFromItsFirst() throws Exception {
        Workspace workspace = searchedPocket();
        SuggestionsViewModel model = workspace.suggestions();

        model.walk(model.suggestions().get(0));

        // region c is i % 4 == 2 and plan x is (i / 4) even: the pocket is rows 2, 10, 18, … 394
        assertThat(workspace.rows().rows().indices())
                .hasSize(50)
                .contains(2, 10, 394)
                .doesNotContain(6, 3);
        assertThat(workspace.review().positionProperty().get())
                .isEqualTo(workspace.rows().rows().positionOf(2));
    }

    @Test
    void makesARuleTagOfItWithTheNameGivenAndUndoTakesItBack() throws Exception {
        Workspace workspace = searchedPocket();
        SuggestionsViewModel model = workspace.suggestions();
        Suggestion first = (Suggestion) model.suggestions().get(0);
        assertThat(SuggestionsViewModel.proposedName(first)).isEqualTo("region c, plan x");
        opened.dialogs.textAnswers.add("  pocket c x ");

        model.makeRuleTag(first);

        TagDefinition tag = workspace.state().session().tag("pocket c x").orElseThrow();
        assertThat(tag.rule()).isEqualTo(PocketProject.RULE);
        assertThat(workspace.state().session().rows("pocket c x").getCardinality())
                .isEqualTo(50);
        assertThat(workspace.tags().items()).extracting(TagItem::name).contains("pocket c x");
        assertThat(workspace.analysis().priorities()).extracting(TagLine::name).contains("pocket c x");
        TagLine line = priority(workspace, "pocket c x");
        assertThat(line.metrics().count()).isEqualTo(50);
        assertThat(line.metrics().errors()).isEqualTo(30);

        workspace.undo();

        assertThat(workspace.state().session().tag("pocket c x")).isEmpty();
        assertThat(workspace.analysis().priorities()).extracting(TagLine::name).doesNotContain("pocket c x");
    }

    @Test
    void aCancelledNameMakesNoTag() throws Exception {
        Workspace workspace = searchedPocket();
        SuggestionsViewModel model = workspace.suggestions();

        model.makeRuleTag(model.suggestions().get(0));

        assertThat(workspace.state().session().tags()).isEmpty();
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void saysWhileItSearchesAndWhenTheSearchIsCancelled() throws Exception {
        Workspace workspace = open(PocketProject.create(folder));
        HeldBackground background = new HeldBackground();
        SuggestionsViewModel model = new SuggestionsViewModel(new ProposalContext(
                workspace.state(), workspace.rows(), workspace.review(), background, opened.dialogs));

        model.search(SearchSettings.DEFAULT);

        assertThat(background.activities().running())
                .extracting(Activity::title)
                .containsExactly("Searching for weak slices…");
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Searching for weak slices…");

        background.cancelOldest();

        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Search cancelled: Search again to look for weak slices.");
        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void saysWhenNoSliceStandsOut() throws Exception {
        // ten rows are fewer than the least support of 32 rows: no slice can be scored
        SuggestionsViewModel model = open(new SmallProject(folder).projectFile).suggestions();

        model.search(SearchSettings.DEFAULT);

        assertThat(model.suggestions()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("No slice stands out: none of the 0 slices scored");
    }

    @Test
    void aTranscriptionsWordConfusionFollowsTheSlicesAndBecomesAJournaledRuleTag() throws Exception {
        Path speech = SpeechCopy.in(folder);
        Workspace workspace = open(speech);
        SuggestionsViewModel model = workspace.suggestions();
        model.search(new SearchSettings(3, 3, 0.95, 0, false, List.of()));

        List<ConfusionSuggestion> confusions = model.suggestions().stream()
                .filter(ConfusionSuggestion.class::isInstance)
                .map(ConfusionSuggestion.class::cast)
                .toList();
        // as errata suggest on the speech sample (SuggestCommandTest): "to" heard as "two" in 28 rows, first
        assertThat(confusions).hasSize(3);
        assertThat(model.suggestions().indexOf(confusions.get(0)))
                .isEqualTo(model.suggestions().size() - 3);
        ConfusionSuggestion first = confusions.get(0);
        assertThat(first.rule()).isEqualTo("recognised against reference mishears \"to\" as \"two\"");
        assertThat(SuggestionsViewModel.proposedName(first)).isEqualTo("to → two");
        assertThat(model.statusProperty().get())
                .endsWith(" Then the 3 word confusions most frequent among the errors.");
        opened.dialogs.textAnswers.add("to → two");

        model.makeRuleTag(first);

        assertThat(workspace.state().session().tag("to → two").orElseThrow().rule())
                .isEqualTo(first.rule());
        assertThat(workspace.state().session().rows("to → two")).isEqualTo(first.rows());
        TagLine line = priority(workspace, "to → two");
        // 28 rows, all errors, of the sample's 445 errors (counted apart in Python, see SuggestCommandTest)
        assertThat(line.metrics().count()).isEqualTo(28);
        assertThat(line.metrics().errors()).isEqualTo(28);
        assertThat(line.metrics().errorShare().value()).isCloseTo(28 / 445.0, Offset.offset(1e-12));
        assertThat(Files.readString(Project.journalOf(speech))).contains("to → two");
    }

    private static TagLine priority(Workspace workspace, String tag) {
        return workspace.analysis().priorities().stream()
                .filter(l -> l.name().equals(tag))
                .findFirst()
                .orElseThrow();
    }
}
