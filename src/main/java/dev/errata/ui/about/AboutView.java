package dev.errata.ui.about;

import dev.errata.ui.messages.Messages;
import dev.errata.workbench.about.Library;
import dev.errata.workbench.about.ProductInfo;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Help → About: the version, the Java and JavaFX it runs on, and the libraries it ships with their licences. */
public final class AboutView extends VBox {

    public AboutView() {
        setId("about");
        getStyleClass().add("about");
        Label name = new Label(Messages.text("about.name", ProductInfo.name(), ProductInfo.version()));
        name.setId("about-version");
        name.getStyleClass().add("about-name");
        Label runtime = new Label(Messages.text(
                "about.runtime",
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version")));
        runtime.setId("about-runtime");
        TableView<Library> libraries = new TableView<>();
        libraries.setId("about-libraries");
        libraries.getColumns().add(column("about.library", Library::coordinates, 340));
        libraries.getColumns().add(column("about.libraryVersion", Library::version, 80));
        libraries.getColumns().add(column("about.licence", Library::licence, 260));
        libraries.getItems().setAll(ProductInfo.libraries());
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getChildren().addAll(name, runtime, new Label(Messages.text("about.libraries")), libraries);
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value, double width) {
        TableColumn<Library, String> column = new TableColumn<>(Messages.text(title));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
