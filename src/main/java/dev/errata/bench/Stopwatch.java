package dev.errata.bench;

/** Times a piece of work as the median of several runs after warm-up runs, so JIT and caches settle. */
final class Stopwatch {

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Stopwatch() {}

    /** The median wall time of {@code runs} runs in milliseconds, after {@code warmUps} untimed runs. */
    static double medianMillis(int warmUps, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Median.of(times);
    }

    /** Heap in use after the collector has run, in bytes. */
    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
