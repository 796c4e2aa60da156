package dev.errata.report;

import java.util.regex.Pattern;

/**
 * HTML and SVG written the one safe way: every text and attribute value passes through {@link #escape},
 * and element and attribute names must be plain names, so a value from the data (a cell holding
 * {@code <script>}, a tag description with {@code "><img onerror=…>}) always reads as text and runs nothing.
 */
final class Markup {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    Markup open(String element, String... attributes) {
        start(element, attributes);
        out.append('>');
        return this;
    }

    Markup close(String element) {
        out.append("</").append(name(element)).append('>');
        return this;
    }

    /** An element holding only text. */
    Markup element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /** An element without content, e.g. an SVG {@code circle} or {@code meta}. */
    Markup empty(String element, String... attributes) {
        start(element, attributes);
        out.append("/>");
        return this;
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    /** Markup the program itself wrote (the doctype, the style sheet); never a value from the data. */
    Markup program(String markup) {
        out.append(markup);
        return this;
    }

    private void start(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name(element));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ')
                    .append(name(attributes[i]))
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
