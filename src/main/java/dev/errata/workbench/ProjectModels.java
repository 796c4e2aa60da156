package dev.errata.workbench;

import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.metrics.MetricsSettings;
import dev.errata.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds a model's predictions to a project: the model joins the project's models and what it measures on the
 * project's rows and tags today joins its history. The model the roles name becomes the first model, under
 * the name given for it, the first time another is added.
 */
public final class ProjectModels {

    private ProjectModels() {}

    /**
     * Adds {@code model}, measured on {@code date}; the caller saves the project.
     *
     * @param firstName the name of the model the roles name, used when the project has no models yet
     * @return the versions added to the history, oldest first
     * @throws IllegalArgumentException naming a model's missing column, or a name already taken
     */
    public static List<ModelVersion> add(Project project, Model model, String firstName, LocalDate date) {
        List<ModelVersion> added = new ArrayList<>();
        if (project.models().isEmpty() && !firstName.equals(model.name())) {
            added.add(addFirst(project, firstName, date));
        }
        added.add(measureInto(project, analysis(project), model, date));
        return added;
    }

    /**
     * Names the model the project's roles name and records its version, measured on {@code date}.
     *
     * @throws IllegalArgumentException when the name is taken
     */
    public static ModelVersion addFirst(Project project, String name, LocalDate date) {
        return measureInto(project, analysis(project), Model.of(name, project.roles()), date);
    }

    /**
     * What the window offers as the next model to add, as {@code NAME=PREDICTION[:SCORE]}: the next free
     * name {@code vN} and the first column that is no model's yet and is named like a prediction, with the
     * first such column named like a score; just {@code vN=} when none is.
     */
    public static String nextSpec(Project project) {
        List<Model> models = project.models().isEmpty() ? List.of(Model.of("v1", project.roles())) : project.models();
        int n = models.size() + 1;
        while (taken(project, "v" + n)) {
            n++;
        }
        String name = "v" + n;
        List<String> free = project.dataset().columnNames().stream()
                .filter(c -> models.stream().noneMatch(m -> m.owns(c))
                        && !project.roles().columns().contains(c))
                .toList();
        String prediction = first(free, "pred");
        String score = first(free, "score");
        return name + "=" + (prediction == null ? "" : prediction)
                + (prediction != null && score != null ? ":" + score : "");
    }

    private static boolean taken(Project project, String name) {
        return project.models().stream().anyMatch(m -> m.name().equals(name))
                || project.history().stream().anyMatch(v -> v.model().equals(name));
    }

    private static String first(List<String> columns, String part) {
        return columns.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).contains(part))
                .findFirst()
                .orElse(null);
    }

    private static Analysis analysis(Project project) {
        return Analysis.of(
                Analysis.dataOf(project),
                project.memberships(),
                AnalysisSettings.of(project.settings(), project.session(), MetricsSettings.defaults()),
                Analysis.ProjectWork.of(project));
    }

    private static ModelVersion measureInto(Project project, Analysis analysis, Model model, LocalDate date) {
        ModelVersion version = analysis.measure(model, date);
        project.addModel(model, version);
        return version;
    }
}
