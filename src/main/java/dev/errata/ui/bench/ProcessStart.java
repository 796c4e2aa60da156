package dev.errata.ui.bench;

import java.lang.management.ManagementFactory;

/**
 * When the process started, on the clock of {@link System#nanoTime}: in a process started to measure the
 * window, a first open timed from there is what a user waits for from starting Errata with a project.
 */
record ProcessStart(long nanos) {

    /** This JVM's start. */
    static ProcessStart ofThisProcess() {
        long sinceStartMillis = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        return new ProcessStart(System.nanoTime() - sinceStartMillis * 1_000_000);
    }

    /** The milliseconds from the start to a moment on the clock of {@link System#nanoTime}. */
    double millisTo(long moment) {
        return (moment - nanos) / 1e6;
    }
}
