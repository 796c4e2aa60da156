package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.ui.FlagColumnsData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tag-columns GLOB} takes every boolean column whose name matches as an imported tag. On
 * {@link FlagColumnsData}: tag_noise (ids 1 and 3) holds no error, share 0; is_short (ids 2, 3, 5) holds one
 * of the two errors, share 1/2, rate 1/3; no glob takes tag_note (text) or the 0/1 label and prediction.
 */
class TagColumnsCommandTest {

    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void write() throws Exception {
        data = Files.writeString(dir.resolve("flags.csv"), FlagColumnsData.CSV);
    }

    private JsonNode tags(String... options) throws Exception {
        return CommandRun.metricsJson(data, options).get("tags");
    }

    @Test
    void everyBooleanColumnAGlobMatchesIsATagInTheDatasOrder() throws Exception {
        JsonNode tags = tags("--tag-columns", "is_*", "--tag-columns", "tag_*");
        assertThat(tags).hasSize(2);
        assertThat(tags.get(0).get("tag").asText()).isEqualTo("tag_noise");
        assertThat(tags.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(tags.get(0).get("error_share").asDouble()).isEqualTo(0.0);
        assertThat(tags.get(1).get("tag").asText()).isEqualTo("is_short");
        assertThat(tags.get(1).get("count").asInt()).isEqualTo(3);
        assertThat(tags.get(1).get("error_share").asDouble()).isEqualTo(0.5);
        assertThat(tags.get(1).get("error_rate").asDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void aColumnNamedByBothOptionsIsOneTagAndRoleColumnsAreNeverTaken() throws Exception {
        JsonNode tags = tags("--tag-column", "seen", "--tag-columns", "*");
        assertThat(tags).extracting(tag -> tag.get("tag").asText()).containsExactly("seen", "tag_noise", "is_short");
    }

    @Test
    void aGlobMatchingNoBooleanColumnIsBadInputNamingThoseThatAre() {
        CommandRun run = CommandRun.of("metrics", data.toString(), "--tag-columns", "tag_n?te");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("errata: --tag-columns \"tag_n?te\" matches no column of flags that holds only"
                        + " true/false, yes/no or 1/0; those that do: tag_noise, is_short, seen");
    }
}
