package dev.errata.ui;

import dev.errata.ui.background.FxBackground;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowDialogs;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop window: {@code errata [PROJECT.errata.json | DATA.csv]}. */
public final class ErrataApp extends Application {

    /** The icon in the sizes window managers and task bars pick from. */
    private static final int[] ICON_SIZES = {16, 32, 64, 128, 256};

    public static void launchWindow(String[] args) {
        Application.launch(ErrataApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = Preferences.userRoot().node("dev/errata");
        ThemeChoice theme = new ThemeChoice(preferences);
        WindowViewModel model = showWindow(
                stage,
                new FxDialogs(stage, theme),
                new RecentProjects(preferences),
                new AnalystName(preferences),
                theme,
                new KeyBindings(preferences));
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
    }

    /** Builds the window on a stage and shows it; tests call this with fake dialogs. */
    public static WindowViewModel showWindow(
            Stage stage,
            WindowDialogs dialogs,
            RecentProjects recent,
            AnalystName analyst,
            ThemeChoice theme,
            KeyBindings keys) {
        FxBackground background = new FxBackground();
        WindowViewModel model = new WindowViewModel(background, dialogs, recent, analyst, Clock.systemDefaultZone());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow window = new MainWindow(model, background.activities(), theme, keys);
        Scene scene = new Scene(window, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        Stylesheet.follow(scene, theme);
        keys.installIn(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            model.requestClose(stage::close);
        });
        for (int size : ICON_SIZES) {
            stage.getIcons()
                    .add(new Image(ErrataApp.class
                            .getResource("icons/errata-" + size + ".png")
                            .toExternalForm()));
        }
        stage.setScene(scene);
        stage.show();
        return model;
    }
}
