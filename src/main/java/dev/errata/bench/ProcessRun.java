package dev.errata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of a whole process as a user starts it: the time from its start to its exit, and its peak resident
 * memory. The peak is the kernel's high-water mark (VmHWM in /proc), read while the process runs: the last
 * reading before the exit holds the peak of all but the last few milliseconds, which only release memory.
 *
 * @param peakMb NaN where the system has no /proc (not Linux)
 */
record ProcessRun(double millis, double peakMb) {

    private static final long POLL_MILLIS = 5;

    /**
     * Runs the command to its end, its output discarded.
     *
     * @param environment variables set for it beside this process's own
     * @throws IOException when the command cannot start or exits with an error, with its last words
     */
    static ProcessRun of(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        return run(command, environment, ProcessBuilder.Redirect.DISCARD);
    }

    /**
     * Runs the command to its end and returns what it printed, a line each: the figures a process measured
     * itself.
     *
     * @throws IOException as {@link #of}
     */
    static List<String> output(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path printed = Files.createTempFile("errata-printed", ".txt");
        try {
            run(command, environment, ProcessBuilder.Redirect.to(printed.toFile()));
            return Files.readAllLines(printed);
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    private static ProcessRun run(List<String> command, Map<String, String> environment, ProcessBuilder.Redirect output)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("errata-cold", ".err");
        try {
            long start = System.nanoTime();
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(output).redirectError(errors.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            double peak = Double.NaN;
            while (process.isAlive()) {
                peak = Math.max(Double.isNaN(peak) ? 0 : peak, highWaterMb(status));
                Thread.sleep(POLL_MILLIS);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            if (process.exitValue() != 0) {
                List<String> said = Files.readAllLines(errors);
                throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": "
                        + (said.isEmpty() ? "" : said.get(said.size() - 1)));
            }
            return new ProcessRun(millis, peak > 0 ? peak : Double.NaN);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** VmHWM of a running process in MB; 0 when it cannot be read (gone, or no /proc). */
    private static double highWaterMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended between the check and the read
        }
        return 0;
    }
}
