package dev.errata.figure;

import java.util.List;
import java.util.Optional;

/** A drawing of a given size: the marks in painting order. */
public record Figure(double width, double height, List<Mark> marks) {

    public Figure {
        marks = List.copyOf(marks);
    }

    public static Figure empty(double width, double height) {
        return new Figure(width, height, List.of());
    }

    /** The key of the topmost clickable mark under a point: a box's key, or a raster's cell. */
    public Optional<Object> keyAt(double x, double y) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            Mark mark = marks.get(i);
            if (mark instanceof Mark.Box box && box.key() != null && box.contains(x, y)) {
                return Optional.of(box.key());
            }
            if (mark instanceof Mark.Raster raster && raster.key() != null && raster.contains(x, y)) {
                return Optional.of(raster.cellAt(x, y));
            }
        }
        return Optional.empty();
    }

    /** The whole of a shortened text under a point, if there is one. */
    public Optional<String> hintAt(double x, double y) {
        return marks.stream()
                .filter(mark -> mark instanceof Mark.Hint hint && hint.area().contains(x, y))
                .map(mark -> ((Mark.Hint) mark).text())
                .findFirst();
    }
}
