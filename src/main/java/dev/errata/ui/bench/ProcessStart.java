package dev.errata.ui.bench;

import java.lang.management.ManagementFactory;

/**
 * When the process started, on the clock of {@link System#nanoTime}: in a process started to measure the
 * window, a first open timed from there is what a user waits for from starting Errata with a project.
 */
record ProcessStart(long nanos) {

    /**
     * This JVM's start, from its uptime, which counts from the beginning of the JVM's creation on a monotonic
     * clock, as {@code nanoTime} does. The JVM's start time, a time of the wall clock, is taken later in its
     * creation: 23 ms later on this machine when idle, about 50 ms in a busy test run.
     */
    static ProcessStart ofThisProcess() {
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        return new ProcessStart(System.nanoTime() - uptimeMillis * 1_000_000);
    }

    /** The milliseconds from the start to a moment on the clock of {@link System#nanoTime}. */
    double millisTo(long moment) {
        return (moment - nanos) / 1e6;
    }
}
