package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.bench.WindowFigures;
import org.junit.jupiter.api.Test;

class ErrataCommandTest {

    @Test
    void aNamedCommandIsTheOnlyOneMadeAndHelpOrAnythingElseMakesThemAll() {
        assertThat(ErrataCommand.commandLine(WindowFigures.NONE, "metrics").getSubcommands())
                .containsOnlyKeys("metrics");
        assertThat(ErrataCommand.commandLine(WindowFigures.NONE, "bench").getSubcommands())
                .containsOnlyKeys("bench");
        assertThat(ErrataCommand.commandLine(WindowFigures.NONE, "help").getSubcommands())
                .containsKeys("metrics", "report", "bench", "agreement", "help")
                .hasSize(17);
        assertThat(ErrataCommand.commandLine(WindowFigures.NONE, "--version").getSubcommands())
                .hasSize(17);
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun help = CommandRun.of("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("metrics", "merge-driver", "agreement", "bench");
    }
}
