package dev.errata.bench;

import java.util.Locale;

/** The JVM and machine a benchmark ran on, printed with its figures so they can be compared. */
public record Environment(String java, String vm, String os, int cores, long maxHeapBytes) {

    public static Environment current() {
        return new Environment(
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory());
    }

    public String describe() {
        return String.format(
                Locale.ROOT, "Java %s (%s), %s, %d cores, max heap %,d MB", java, vm, os, cores, maxHeapBytes >> 20);
    }
}
