package dev.errata.figure;

/** A rectangle of a figure in pixels from its top left: where a text lands, where a hint shows. */
public record Bounds(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean contains(Bounds other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }

    public boolean intersects(Bounds other) {
        return other.right() > x && other.x < right() && other.bottom() > y && other.y < bottom();
    }
}
