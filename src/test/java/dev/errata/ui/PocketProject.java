package dev.errata.ui;

import java.io.IOException;
import java.nio.file.Path;

/**
 * 400 rows of a binary model with one planted pocket of errors: region "c" and plan "x" (50 rows, every
 * eighth from the third) errs on 30 of its rows, the other 350 rows on every tenth (35). Columns region (a–d),
 * plan (x, y by fours) and channel (web, app, shop) are the ones to slice by. By a plain Python count of the
 * same rows: 65 errors in all, the pocket's rate 60% is a lift of 3.69 and holds 46.2% of the errors, one-sided
 * Fisher p = 1.39e-14 against the rest.
 */
public final class PocketProject {

    public static final String RULE = "region == \"c\" and plan == \"x\"";
    public static final int POCKET_ROWS = 50;
    public static final int POCKET_ERRORS = 30;

    private PocketProject() {}

    public static Path create(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,prediction,region,plan,channel\n");
        int others = 0;
        for (int i = 0; i < 400; i++) {
            String region = String.valueOf("abcd".charAt(i % 4));
            String plan = (i / 4) % 2 == 0 ? "x" : "y";
            int label = (i * 7) % 3 == 0 ? 1 : 0;
            boolean error = region.equals("c") && plan.equals("x") ? (i / 8) % 5 < 3 : others++ % 10 == 0;
            csv.append(i + 1)
                    .append(',')
                    .append(label)
                    .append(',')
                    .append(error ? 1 - label : label)
                    .append(',')
                    .append(region)
                    .append(',')
                    .append(plan)
                    .append(',')
                    .append(new String[] {"web", "app", "shop"}[i % 3])
                    .append('\n');
        }
        return ProjectOnDisk.create(folder, "pocket", csv.toString(), session -> {});
    }
}
