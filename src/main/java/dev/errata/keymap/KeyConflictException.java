package dev.errata.keymap;

/** A key refused for an action: another action holds it, or (holder null) it is a digit the tags keep. */
public final class KeyConflictException extends IllegalArgumentException {

    private final transient KeyChord key;
    private final KeyAction holder;

    public KeyConflictException(KeyChord key, KeyAction holder) {
        super(
                holder == null
                        ? key + " is kept for the tags' own shortcuts"
                        : key + " is already the key of " + holder.id());
        this.key = key;
        this.holder = holder;
    }

    public KeyChord key() {
        return key;
    }

    /** The action that holds the key, or null for a digit kept for the tags. */
    public KeyAction holder() {
        return holder;
    }
}
