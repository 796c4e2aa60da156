package dev.errata.report;

import java.util.regex.Pattern;

/**
 * A figure of the report, drawn and written as SVG before the report is: the same figure the window shows.
 *
 * @param place the section it stands in
 * @param column for a slice figure the column whose table it follows; empty otherwise
 * @param name its file's name, without ".svg", in a Markdown report's folder of figures
 * @param caption what it shows, in a sentence
 * @param svg the figure as one SVG element
 */
public record ReportFigure(Place place, String column, String name, String caption, String svg) {

    /** Names the program picks, so that a file name never comes from the data. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    /** The report's sections that hold figures. */
    public enum Place {
        PRIORITIES,
        CONFUSION,
        SCORES,
        RESIDUALS,
        SLICES,
        CHANGES
    }

    public ReportFigure {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure's name is lowercase letters, digits and '-', not " + name);
        }
    }
}
