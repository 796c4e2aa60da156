package dev.errata.samples;

import static dev.errata.samples.RandomDraws.clamp;
import static dev.errata.samples.RandomDraws.gaussian;
import static dev.errata.samples.RandomDraws.pick;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A speech recogniser on its test set of voice-assistant commands: each utterance with the device and the
 * speaker's accent, the signal-to-noise ratio and duration, and the reference and recognised transcripts.
 * The file is a transcription: Errata aligns the transcripts for the word error rates, and with a tolerance
 * of 0 an utterance is an error exactly when its transcript has a word wrong. The first {@value #CLIPS}
 * utterances name their audio clip in {@code audio}.
 *
 * <p>Planted for the analyst: car noise recorded on Android phones, whose noise suppression fails on
 * engine hum, makes most of the errors. The noise is heard, not written in the file: the analyst finds it
 * by listening and tagging, which {@link Heard} stands in for.
 */
public final class SpeechSample {

    public static final List<String> COLUMNS =
            List.of("id", "device", "accent", "snr_db", "duration_s", "words", "reference", "recognised", "audio");
    /** The first utterances have a clip, made from the reference by {@code sample-projects/speech/make-audio}. */
    static final int CLIPS = 40;

    private static final String[] DEVICES = {"android", "ios", "web"};
    private static final String[] ACCENTS = {"us", "uk", "indian", "australian", "scottish", "nigerian"};

    /** What an analyst hears in a recording that the file does not say. */
    record Heard(boolean carNoise, boolean peopleNoise, boolean lowBandwidth, boolean strongAccent) {}

    private final int rows;
    private final long seed;

    public SpeechSample(int rows, long seed) {
        this.rows = rows;
        this.seed = seed;
    }

    /** Writes the CSV, the same bytes for the same rows and seed; returns what each row sounds like, in row order. */
    public List<Heard> write(Path file) throws IOException {
        List<Heard> heard = new ArrayList<>(rows);
        SampleCsv.write(file, COLUMNS, rows, seed, (id, random) -> utterance(id, random, heard));
        return heard;
    }

    private static List<Object> utterance(int id, SplittableRandom random, List<Heard> heard) {
        String device = DEVICES[pick(random, 0.45, 0.38)];
        String accent = ACCENTS[pick(random, 0.35, 0.25, 0.14, 0.12, 0.07)];
        int noise = pick(random, 0.22, 0.12);
        boolean car = noise == 0;
        boolean people = noise == 1;
        boolean lowBandwidth = random.nextDouble() < (car ? 0.2 : 0.07);
        boolean strongAccent = random.nextDouble()
                < (accent.equals("indian") || accent.equals("scottish") || accent.equals("nigerian") ? 0.3 : 0.06);
        double snr = clamp(
                car ? 9 + 4 * gaussian(random) : people ? 13 + 4 * gaussian(random) : 26 + 5 * gaussian(random), 0, 40);
        heard.add(new Heard(car, people, lowBandwidth, strongAccent));

        double wordError = 0.003
                + (car ? device.equals("android") ? 0.28 : 0.015 : 0)
                + (people ? 0.02 : 0)
                + (lowBandwidth ? 0.02 : 0)
                + (strongAccent ? 0.025 : 0)
                + 0.001 * Math.max(0, 15 - snr);
        List<String> reference = VoiceCommands.command(random);
        List<String> recognised = VoiceCommands.mishear(reference, wordError, random);
        double duration = 0.5 + 0.36 * reference.size() + 0.15 * Math.abs(gaussian(random));
        return List.of(
                id,
                device,
                accent,
                format("%.1f", snr),
                format("%.2f", duration),
                reference.size(),
                String.join(" ", reference),
                String.join(" ", recognised),
                id <= CLIPS ? "audio/" + id + ".wav" : "");
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
