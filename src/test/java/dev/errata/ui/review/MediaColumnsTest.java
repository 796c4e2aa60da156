package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaColumnsTest {

    @TempDir
    Path folder;

    private static Dataset dataset(CategoricalColumn... columns) {
        List<Column> all = new ArrayList<>(List.of(new NumericColumn("label", new double[] {1, 0, 1})));
        all.addAll(List.of(columns));
        return new Dataset("media", all, new int[] {2, 3, 4}, null);
    }

    @Test
    void findsImageAndAudioColumnsByTheExtensionsOfTheirFirstCellsAndResolvesPathsAgainstTheDataFolder()
            throws Exception {
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/a.PNG"), new byte[] {1});
        Path elsewhere = Files.createTempFile(folder, "clip", ".wav");
        MediaColumns media = new MediaColumns(
                dataset(
                        CategoricalColumn.of("image", "img/a.PNG", "", "img/missing.jpeg"),
                        CategoricalColumn.of("audio", elsewhere.toString(), "b.mp3", "c.m4a"),
                        CategoricalColumn.of("mixed", "a.png", "b.wav", "c.gif"),
                        CategoricalColumn.of("device", "android", "ios", "web")),
                folder);

        assertThat(media.of(0))
                .containsExactly(
                        new MediaPreview("image", MediaKind.IMAGE, "img/a.PNG", folder.resolve("img/a.PNG"), true),
                        new MediaPreview("audio", MediaKind.AUDIO, elsewhere.toString(), elsewhere, true));
        assertThat(media.of(1))
                .containsExactly(new MediaPreview("audio", MediaKind.AUDIO, "b.mp3", folder.resolve("b.mp3"), false));
        assertThat(media.of(2).get(0))
                .isEqualTo(new MediaPreview(
                        "image", MediaKind.IMAGE, "img/missing.jpeg", folder.resolve("img/missing.jpeg"), false));
    }

    @Test
    void aPathOutsideTheDataFolderIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".wav");
        try {
            MediaColumns media = new MediaColumns(
                    dataset(CategoricalColumn.of("audio", "../secret.wav", outside.toString(), "ok.wav")), folder);

            assertThat(media.of(0))
                    .containsExactly(new MediaPreview("audio", MediaKind.AUDIO, "../secret.wav", null, false));
            assertThat(media.of(1))
                    .containsExactly(new MediaPreview("audio", MediaKind.AUDIO, outside.toString(), null, false));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aColumnWithOneCellThatIsNoMediaPathIsNoMediaColumn() {
        MediaColumns media =
                new MediaColumns(dataset(CategoricalColumn.of("file", "a.png", "notes.txt", "c.png")), folder);
        assertThat(media.of(0)).isEmpty();
    }
}
