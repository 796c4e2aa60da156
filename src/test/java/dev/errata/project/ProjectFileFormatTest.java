package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileFormatTest {

    @TempDir
    Path folder;

    @Test
    void migratesVersionZeroFlatTagsToHandTags() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Files.writeString(fx.projectFile, """
                {"data_file": "data.csv", "id_column": "id", "label_column": "label", "prediction_column": "pred",
                 "tags": {"car noise": ["b", "d"], "blurry": ["e"]}}
                """);
        try (Project p = fx.open()) {
            assertThat(p.session().tags())
                    .extracting(TagDefinition::name, TagDefinition::kind, TagDefinition::color)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("car noise", TagKind.HAND, "#e06c75"),
                            org.assertj.core.groups.Tuple.tuple("blurry", TagKind.HAND, "#61afef"));
            assertThat(p.session().rows("car noise").toArray()).containsExactly(1, 3);
            assertThat(p.session().reviewed().toArray()).containsExactly(1, 3, 4);
            assertThat(fx.lastRequest.overrides().prediction()).isEqualTo("pred");
            assertThat(p.warnings()).isEmpty();
            p.save();
        }
        assertThat(ProjectJson.MAPPER
                        .readTree(fx.projectFile.toFile())
                        .path("version")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void refusesAVersionNewerThanItReads() throws IOException {
        openingFails("{\"version\": 7, \"data\": {\"path\": \"data.csv\"}}")
                .hasMessage(
                        "churn.errata.json: the file is "
                                + "project version 7, and this version of Errata reads versions up to 3; open it with a newer Errata");
    }

    @Test
    void pointsAtBrokenJson() throws IOException {
        openingFails("{\n  \"version\": 1,\n  \"data\": {\"path\" \"data.csv\"}\n}")
                .hasMessageStartingWith("churn.errata.json: not valid JSON at line 3, column 19: ");
    }

    @Test
    void namesAMissingField() throws IOException {
        openingFails("{\"version\": 1, \"data\": {\"path\": \"data.csv\"}, \"roles\": {}, \"tags\": []}")
                .hasMessage("churn.errata.json: the field reviewed is missing");
    }

    @Test
    void namesAValueOfTheWrongKind() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("x", "#000000"));
            p.save();
        }
        Files.delete(Project.journalOf(fx.projectFile));
        Files.writeString(fx.projectFile, Files.readString(fx.projectFile).replace("\"#000000\"", "\"black\""));
        assertThatThrownBy(fx::open)
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(
                        "churn.errata.json: bad tag definition: tag \"x\": color must look like #rrggbb, not black");
    }

    @Test
    void saysWhenTheDataFileIsGone() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        fx.create().close();
        Files.delete(fx.csv);
        assertThatThrownBy(fx::open)
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("churn.errata.json: its data file data.csv is not there");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> openingFails(String json) throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Files.writeString(fx.projectFile, json);
        return assertThatThrownBy(fx::open).isInstanceOf(ProjectFileException.class);
    }
}
