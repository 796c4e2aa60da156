package dev.errata.data;

import java.util.Locale;

/** What kind of model produced the predictions, which decides what an error is and which metrics apply. */
public enum Task {
    BINARY,
    MULTICLASS,
    REGRESSION,
    /** The label is a reference transcript and the prediction the recognised one: free text, word by word. */
    TRANSCRIPTION;

    public boolean isClassification() {
        return this == BINARY || this == MULTICLASS;
    }

    /** The lower-case name used on the command line, in JSON and in project files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Task fromKey(String key) {
        for (Task t : values()) {
            if (t.key().equalsIgnoreCase(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "unknown task \"" + key + "\"; expected binary, multiclass, regression or transcription");
    }
}
