package dev.errata.data;

/** Long work stopped because the user cancelled it; nothing it built is kept. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled");
    }
}
