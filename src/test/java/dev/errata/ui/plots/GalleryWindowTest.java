package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.review.GalleryViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gallery tab in the real window: thumbnails selected with clicks and tagged with a digit, as in the table. */
class GalleryWindowTest extends PlotsInTheWindow {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** Six rows, each with an 8×8 image of its own grey; the hand tag "blurry" has the shortcut 1. */
    private Path imagesProject() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        StringBuilder csv = new StringBuilder("id,image,label,prediction\n");
        for (int i = 1; i <= 6; i++) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, i * 30);
            ImageIO.write(image, "png", folder.resolve("images/" + i + ".png").toFile());
            csv.append(i)
                    .append(",images/")
                    .append(i)
                    .append(".png,a,")
                    .append(i % 2 == 0 ? "b" : "a")
                    .append('\n');
        }
        Path data = Files.writeString(folder.resolve("screens.csv"), csv);
        try (Project project = new ProjectOpener()
                .create(folder.resolve("screens.errata.json"), ImportRequest.of(data), Progress.NONE)) {
            project.session().createTag(TagDefinition.hand("blurry", "#ff0000").withSettings(null, 3, 3, 1));
            project.save();
            return project.file();
        }
    }

    /** The thumbnail on screen whose caption starts with the id (the grid keeps spare cells off screen too). */
    private static Optional<Node> thumbnail(FxRobot robot, String id) {
        return robot.lookup(".gallery-cell")
                .match((VBox box) -> box.getChildren().get(1) instanceof Label caption
                        && caption.getText().startsWith(id + " ·")
                        && box.getParent() != null
                        && box.getParent().isVisible())
                .tryQuery();
    }

    @Test
    void threeThumbnailsSelectedAndTaggedWithOneKey(FxRobot robot) throws Exception {
        openOnTab(robot, imagesProject(), "#gallery-tab");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> thumbnail(robot, "6").isPresent());

        robot.clickOn(thumbnail(robot, "1").orElseThrow());
        robot.press(KeyCode.CONTROL)
                .clickOn(thumbnail(robot, "3").orElseThrow())
                .clickOn(thumbnail(robot, "5").orElseThrow())
                .release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().state().marks().rowsOf("blurry").toArray())
                .containsExactly(0, 2, 4);
        assertThat(robot.lookup("#gallery-message").queryAs(Label.class).getText())
                .isEqualTo("Toggled \"blurry\" on 3 rows.");
        assertThat(window.workspace().review().positionProperty().get())
                .as("the first click showed its row")
                .isZero();
    }

    @Test
    void aThumbnailStillLoadingThatLeavesTheScreenIsForgottenAndALoadedOneKept(FxRobot robot) throws Exception {
        Path project = imagesProject();
        // a picture large enough that its decoding cannot be over within the same call
        BufferedImage large = new BufferedImage(3000, 3000, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(3);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 3000; x++) {
                large.setRGB(x, y, noise.nextInt());
            }
        }
        ImageIO.write(large, "png", folder.resolve("images/1.png").toFile());
        openOnTab(robot, project, "#gallery-tab");
        GalleryViewModel model = new GalleryViewModel(
                window.workspace().rows(), window.workspace().review(), folder);

        Image[] first = new Image[2];
        robot.interact(() -> {
            first[0] = model.thumbnail(0).orElseThrow();
            model.leftScreen(0);
            first[1] = model.thumbnail(0).orElseThrow();
        });
        assertThat(first[1]).as("asked again, a new load").isNotSameAs(first[0]);

        Image small = WaitForAsyncUtils.asyncFx(() -> model.thumbnail(1).orElseThrow())
                .get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> small.getProgress() >= 1);
        robot.interact(() -> model.leftScreen(1));
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.thumbnail(1).orElseThrow())
                        .get())
                .isSameAs(small);
    }
}
