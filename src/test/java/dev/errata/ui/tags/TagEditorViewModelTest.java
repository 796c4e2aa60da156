package dev.errata.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.Opened;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagEditorViewModelTest {

    /** "loud" is yes on rows 0 and 2, neither of them an error (rows 1 and 3 are): 2 rows, 0% of errors. */
    static final String CSV = """
            id,label,prediction,loud,quiet,mixed,device
            1,1,1,Yes,TRUE,yes,android
            2,1,0,no,false,maybe,ios
            3,0,0,YES,,no,ios
            4,0,1,no,True,1,web
            """;

    @TempDir
    Path folder;

    @Test
    void importsATagFromAColumnOfFlagsOfferingOnlyColumnsThatHoldFlags() throws Exception {
        Files.writeString(folder.resolve("flags.csv"), CSV);
        Path project = folder.resolve("flags.errata.json");
        new ProjectOpener()
                .create(project, ImportRequest.of(folder.resolve("flags.csv")), Progress.NONE)
                .close();
        try (Opened opened = Opened.on(project)) {
            opened.dialogs.tagEditor = editor -> {
                assertThat(editor.flagColumns()).containsExactly("label", "prediction", "loud", "quiet");
                editor.nameProperty().set("loud");
                editor.kindProperty().set(TagKind.IMPORTED);
                assertThat(editor.completeProperty().get()).isFalse();
                editor.sourceColumnProperty().set("loud");
                return editor.completeProperty().get();
            };
            opened.workspace().tags().create();

            TagDefinition loud = opened.workspace().state().marks().tag("loud").orElseThrow();
            assertThat(loud.kind()).isEqualTo(TagKind.IMPORTED);
            assertThat(loud.sourceColumn()).isEqualTo("loud");
            assertThat(opened.workspace().state().marks().rowsOf("loud").toArray())
                    .containsExactly(0, 2);
            assertThat(opened.workspace().tags().items().get(0).summary()).startsWith("2 rows · 0");
        }
    }
}
