package dev.errata.ui.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's user-visible strings, from {@code dev/errata/ui/messages.properties}, so they can be
 * translated without touching the code.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.errata.ui.messages");

    private Messages() {}

    /** The text of a key, with {@code {0}}, {@code {1}}, … replaced by the arguments. */
    public static String text(String key, Object... arguments) {
        // always through MessageFormat, so every text of the bundle follows one quoting rule ('' for ')
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(arguments);
    }
}
