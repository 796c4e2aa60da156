package dev.errata.figure;

import java.util.ArrayList;
import java.util.List;

/** A note in the middle of an empty figure, its words wrapped to the figure's width rather than cut. */
final class Paragraph {

    private static final double SIZE = 12;
    private static final double LINE = 18;
    private static final double MARGIN = 12;

    private Paragraph() {}

    static List<Mark> centred(String text, double width, double height) {
        List<String> lines = lines(text, width - 2 * MARGIN);
        double first = height / 2 - (lines.size() - 1) * LINE / 2;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            marks.addAll(new Mark.Text(
                            width / 2, first + i * LINE, lines.get(i), Palette.MUTED, Mark.Anchor.MIDDLE, SIZE, false)
                    .fitted(width - 2 * MARGIN));
        }
        return marks;
    }

    /** The words in lines no wider than the width; a word wider than that alone on its line. */
    private static List<String> lines(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextWidth.of(longer, SIZE, false) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
