package dev.errata.ui;

import dev.errata.ui.background.FxBackground;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop window: {@code errata [PROJECT.errata.json | DATA.csv]}. */
public final class ErrataApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ErrataApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowViewModel model = showWindow(stage, new FxDialogs(stage), RecentProjects.forUser());
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
    }

    /** Builds the window on a stage and shows it; tests call this with fake dialogs. */
    public static WindowViewModel showWindow(Stage stage, Dialogs dialogs, RecentProjects recent) {
        FxBackground background = new FxBackground();
        WindowViewModel model = new WindowViewModel(background, dialogs, recent, Clock.systemDefaultZone());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainWindow(model, background.activity()),
                Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(ErrataApp.class.getResource("errata.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"),
                () -> Optional.ofNullable(model.workspace()).ifPresent(Workspace::redo));
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            model.requestClose(stage::close);
        });
        stage.setScene(scene);
        stage.show();
        return model;
    }
}
