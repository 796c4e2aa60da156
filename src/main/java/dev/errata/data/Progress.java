package dev.errata.data;

/**
 * How long work reports how far it is and learns that the user cancelled it. The window backs it with a
 * JavaFX task; the command line and tests use {@link #NONE}.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(double fractionDone) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called from worker threads, possibly often: implementations throttle what they pass on. */
    void update(double fractionDone);

    boolean isCancelled();

    /** Throws when the user cancelled, so long loops stop at their next check. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
