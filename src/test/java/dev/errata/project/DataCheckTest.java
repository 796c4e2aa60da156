package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.data.CancelledException;
import dev.errata.data.Progress;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open that leaves hashing the data files until asked, as the window's does. */
class DataCheckTest {

    /** The fixture's file with one label changed: the same size and ids, so only the hash tells. */
    private static final String SAME_SIZE_CHANGE = "id,label,pred\na,1,1\nb,1,1\nc,1,1\nd,0,0\ne,1,0\n";

    private static final String CHANGED = "data.csv changed since the project was saved; kept every tag, "
            + "review mark and note whose row id still exists and dropped 0 whose row id is gone";

    @TempDir
    Path folder;

    @Test
    void theChangeIsToldWhenAskedAndNotAmongTheOpensWarnings() throws IOException {
        ProjectFixture fx = saved();
        Files.writeString(fx.csv, SAME_SIZE_CHANGE);
        try (Project later = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WHEN_ASKED)) {
            assertThat(later.warnings()).isEmpty();
            assertThat(later.dataChangeWarning()).contains(CHANGED);
        }
        try (Project now = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WITH_OPEN)) {
            assertThat(now.warnings()).containsExactly(CHANGED);
        }
    }

    @Test
    void unchangedDataIsToldNothing() throws IOException {
        ProjectFixture fx = saved();
        try (Project later = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WHEN_ASKED)) {
            assertThat(later.dataChangeWarning()).isEmpty();
            assertThat(later.warnings()).isEmpty();
        }
    }

    @Test
    void aSaveBeforeTheCheckRecordsTheFilesHash() throws IOException, NoSuchAlgorithmException {
        ProjectFixture fx = saved();
        Files.writeString(fx.csv, SAME_SIZE_CHANGE);
        try (Project later = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WHEN_ASKED)) {
            later.session().createTag(TagDefinition.hand("blurry", "#00ff00"));
            later.save();
        }
        JsonNode data = new ObjectMapper().readTree(fx.projectFile.toFile()).get("data");
        byte[] bytes = Files.readAllBytes(fx.csv);
        assertThat(data.get("sha256").asText())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(data.get("size").asLong()).isEqualTo(bytes.length);
        try (Project again = fx.open()) {
            assertThat(again.warnings()).isEmpty();
        }
    }

    @Test
    void dataGoneBeforeTheCheckIsNamedAndTheSaveKeepsTheFile() throws IOException {
        ProjectFixture fx = saved();
        String before = Files.readString(fx.projectFile);
        try (Project later = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WHEN_ASKED)) {
            Files.delete(fx.csv);
            assertThatThrownBy(later::dataChangeWarning)
                    .isInstanceOf(IOException.class)
                    .hasMessage(
                            "cannot read " + fx.csv.toAbsolutePath() + " to tell whether it changed (it is not there)");
            later.session().createTag(TagDefinition.hand("blurry", "#00ff00"));
            assertThatThrownBy(later::save)
                    .hasMessageStartingWith("could not save churn.errata.json: cannot read " + fx.csv.toAbsolutePath())
                    .hasMessageEndingWith("every edit since the last save is in churn.errata.journal; try again, "
                            + "or save it elsewhere with Save As");
        }
        assertThat(fx.projectFile).hasContent(before);
    }

    @Test
    void aProjectClosedBeforeTheCheckHashesNothing() throws IOException {
        ProjectFixture fx = saved();
        Project later = fx.opener().open(fx.projectFile, Progress.NONE, DataCheck.WHEN_ASKED);
        later.close();
        // the window asks once the workspace is drawn; a project closed by then has nobody to tell
        assertThatThrownBy(later::dataChangeWarning).isInstanceOf(CancelledException.class);
    }

    private ProjectFixture saved() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("noise", "#ff0000"));
            p.save();
        }
        return fx;
    }
}
