package dev.errata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The speech sample's project and data copied into a test's folder, so the window's edits leave the sample be. */
public final class SpeechCopy {

    private SpeechCopy() {}

    /** @return the copy's project file */
    public static Path in(Path folder) throws IOException {
        Path speech = Files.createDirectories(folder.resolve("speech"));
        for (String file : new String[] {"speech.csv", "speech.errata.json"}) {
            Files.copy(Path.of("sample-projects/speech", file), speech.resolve(file));
        }
        return speech.resolve("speech.errata.json");
    }
}
