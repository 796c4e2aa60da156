package dev.errata.data;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads each file named several times in one process and prints the wall and CPU time of each load, the
 * first run (the code not yet compiled) included: {@code java -cp … dev.errata.data.LoadTimes FILE… [--runs N]}.
 * The command that ran it for docs/performance.md is there.
 */
public final class LoadTimes {

    private LoadTimes() {}

    public static void main(String[] args) {
        List<String> files = new ArrayList<>(List.of(args));
        int at = files.indexOf("--runs");
        int runs = at < 0 ? 8 : Integer.parseInt(files.remove(at + 1));
        files.remove("--runs");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String name : files) {
            Path file = Path.of(name);
            for (int run = 0; run < runs; run++) {
                System.gc(); // each load starts from the same heap, not the last one's garbage
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                int rows = new CsvImporter()
                        .load(ImportRequest.of(file), Progress.NONE)
                        .dataset()
                        .rowCount();
                double wall = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "%s run %d: %d rows, %.0f ms, %.2f M rows/s, CPU %.0f ms%n",
                        file.getFileName(),
                        run,
                        rows,
                        wall * 1e3,
                        rows / wall / 1e6,
                        (os.getProcessCpuTime() - cpu) / 1e6);
            }
        }
    }
}
