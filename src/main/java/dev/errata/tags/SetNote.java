package dev.errata.tags;

/** Sets a row's note; null stands for no note, before or after. */
public record SetNote(int row, String before, String after) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setNote(row, after);
    }

    @Override
    public TagEdit inverse() {
        return new SetNote(row, after, before);
    }

    @Override
    public String label() {
        return after == null ? "remove note" : "edit note";
    }
}
