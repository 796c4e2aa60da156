package dev.errata.data;

/** A file that would not fit in the heap, refused before loading; the message says how much it needs. */
public final class InsufficientMemoryException extends RuntimeException {

    public InsufficientMemoryException(String message) {
        super(message);
    }
}
