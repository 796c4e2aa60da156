package dev.errata.ui.workspace;

import dev.errata.tags.Analyst;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Who this user's review marks and hand tags are recorded for, kept in the user's preferences: the system
 * user until they name themselves, as two analysts who share one login must.
 */
public final class AnalystName {

    private static final String KEY = "analyst";

    private final Preferences preferences;
    private final ReadOnlyStringWrapper name;

    public AnalystName(Preferences preferences) {
        this.preferences = preferences;
        name = new ReadOnlyStringWrapper(stored(preferences));
    }

    /** A name stored by hand in the preferences may be anything; one the session would refuse is not taken. */
    private static String stored(Preferences preferences) {
        try {
            return Analyst.require(preferences.get(KEY, Analyst.SYSTEM));
        } catch (IllegalArgumentException e) {
            return Analyst.SYSTEM;
        }
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String get() {
        return name.get();
    }

    /** @throws IllegalArgumentException for a name that is blank, more than one line or too long */
    void set(String value) {
        String valid = Analyst.require(value);
        preferences.put(KEY, valid);
        name.set(valid);
    }
}
