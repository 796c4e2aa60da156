package dev.errata.tags;

/** Replaces a tag's definition: a rename, a new color, description, rule or settings. */
public record RedefineTag(TagDefinition before, TagDefinition after) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.redefine(before.name(), after);
    }

    @Override
    public TagEdit inverse() {
        return new RedefineTag(after, before);
    }

    @Override
    public String label() {
        return before.name().equals(after.name())
                ? "change tag " + after.name()
                : "rename tag " + before.name() + " to " + after.name();
    }
}
