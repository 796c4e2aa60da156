package dev.errata.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window. */
public final class ErrataApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ErrataApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Errata");
        stage.setScene(new Scene(new Label("Errata"), 640, 400));
        stage.show();
    }
}
