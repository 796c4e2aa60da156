package dev.errata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only what needs the window pays for loading JavaFX as modules; every headless command starts as before. */
class LauncherTest {

    @Test
    void theWindowAProjectToOpenAndTheWindowBenchmarkNeedJavaFx() {
        assertThat(Launcher.needsJavaFx(new String[0])).isTrue();
        assertThat(Launcher.needsJavaFx(new String[] {"sample-projects/churn/churn.errata.json"}))
                .isTrue();
        assertThat(Launcher.needsJavaFx(new String[] {"data.csv"})).isTrue();
        assertThat(Launcher.needsJavaFx(new String[] {"bench", "--rows", "2000", "--window"}))
                .isTrue();
        // the process the window benchmark starts to measure the window afresh
        assertThat(Launcher.needsJavaFx(
                        new String[] {"bench", "--window-of", "bench.errata.json", "--first-open-only"}))
                .isTrue();
        assertThat(Launcher.needsJavaFx(new String[] {"bench", "--window-of=bench.errata.json"}))
                .isTrue();
    }

    @Test
    void theHeadlessCommandsDoNot() {
        assertThat(Launcher.needsJavaFx(new String[] {"metrics", "churn.errata.json"}))
                .isFalse();
        assertThat(Launcher.needsJavaFx(new String[] {"--help"})).isFalse();
        assertThat(Launcher.needsJavaFx(new String[] {"--version"})).isFalse();
        assertThat(Launcher.needsJavaFx(new String[] {"bench", "--rows", "2000"}))
                .isFalse();
        // --window as a value of another command is no request for the window benchmark
        assertThat(Launcher.needsJavaFx(new String[] {"report", "--window"})).isFalse();
    }
}
