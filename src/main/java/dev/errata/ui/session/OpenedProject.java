package dev.errata.ui.session;

import dev.errata.metrics.MetricsSnapshot;
import dev.errata.project.Project;
import java.time.LocalDateTime;

/**
 * A project as the opening job hands it to the FX thread, with its first metrics already computed.
 *
 * @param savedAt when the project file was last written
 */
public record OpenedProject(Project project, MetricsSnapshot snapshot, LocalDateTime savedAt) {}
