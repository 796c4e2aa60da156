package dev.errata.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A boolean column the import dialog offers as a tag, and whether the user takes it. */
public record TagColumnChoice(String column, BooleanProperty taken) {

    TagColumnChoice(String column, boolean taken) {
        this(column, new SimpleBooleanProperty(taken));
    }
}
