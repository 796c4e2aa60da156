package dev.errata.data;

import java.util.List;

/** A column named by the user or a project that the data does not have. */
public final class NoSuchColumnException extends IllegalArgumentException {

    public NoSuchColumnException(String dataset, String column, List<String> available) {
        super("no column \"" + Excerpt.cell(column) + "\" in " + dataset + "; its columns are "
                + Excerpt.names(available));
    }
}
