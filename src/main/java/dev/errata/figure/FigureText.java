package dev.errata.figure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words figures draw (titles, axis titles, notes), from {@code dev/errata/figure/figures.properties},
 * so the window and a report write the same words and they can be translated without touching the code.
 */
public final class FigureText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.errata.figure.figures");

    private FigureText() {}

    /** The text of a key, with {@code {0}}, {@code {1}}, … replaced by the arguments ('' for a quote). */
    public static String text(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(arguments);
    }
}
