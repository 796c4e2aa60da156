package dev.errata.project;

import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.project.ProjectDocument.FileRecord;
import dev.errata.project.ProjectDocument.RolesRecord;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens project files and creates new projects, loading their data through a {@link DataLoader}. */
public final class ProjectOpener {

    /** Loads a project's data; the CSV importer in the app, a fixture in tests. */
    @FunctionalInterface
    public interface DataLoader {
        LoadedData load(ImportRequest request, Progress progress);
    }

    private final DataLoader loader;
    private final Disk disk;

    public ProjectOpener() {
        this(new CsvImporter()::load);
    }

    public ProjectOpener(DataLoader loader) {
        this(loader, Disk.LOCAL);
    }

    /** @param disk what the projects it opens save through */
    ProjectOpener(DataLoader loader, Disk disk) {
        this.loader = loader;
        this.disk = disk;
    }

    /**
     * The tags a project file defines, read without its data: for counting its rule and imported tags where
     * the data is elsewhere (on a cluster).
     *
     * @throws ProjectFileException naming the file when it is not a project this version reads
     */
    public static List<TagDefinition> tagDefinitions(Path projectFile) throws IOException {
        return ProjectJson.read(projectFile).tags().stream()
                .map(TagRecords::definition)
                .toList();
    }

    /**
     * Opens a project, replaying the edits its journal holds. Data that changed since the save still
     * opens: work on rows whose id is gone is dropped and {@link Project#warnings()} says how much.
     *
     * @throws ProjectFileException for a file that is not a project this version can read, or missing data
     */
    public Project open(Path projectFile, Progress progress) throws IOException {
        return open(projectFile, progress, DataCheck.WITH_OPEN);
    }

    /** {@link #open(Path, Progress)}, hashing the data files to tell whether they changed when {@code check} says. */
    public Project open(Path projectFile, Progress progress, DataCheck check) throws IOException {
        return open(projectFile, progress, true, check);
    }

    /**
     * Opens a project only to look at it, as the headless commands do: the journal's edits are replayed in
     * memory, and nothing in the folder is written, neither a journal started nor a torn one cut nor
     * leftovers removed. Saving it is for {@link #open}.
     */
    public Project openToRead(Path projectFile, Progress progress) throws IOException {
        return openToRead(projectFile, progress, ColumnChoice.ALL);
    }

    /**
     * {@link #openToRead(Path, Progress)} for work that reads few of the data's columns: it loads the roles',
     * {@code wanted}, and those the project's own work reads ({@link ProjectColumns}). Where the file alone
     * cannot tell those, or its journal holds edits (which may name others), or a tag then matches no rows,
     * every column is read, so that the project opens as it would for any other work.
     */
    public Project openToRead(Path projectFile, Progress progress, ColumnChoice wanted) throws IOException {
        return open(projectFile, progress, false, DataCheck.WITH_OPEN, wanted);
    }

    private Project open(Path projectFile, Progress progress, boolean writable, DataCheck check) throws IOException {
        return open(projectFile, progress, writable, check, ColumnChoice.ALL);
    }

    private Project open(Path projectFile, Progress progress, boolean writable, DataCheck check, ColumnChoice wanted)
            throws IOException {
        Path file = projectFile.toAbsolutePath();
        ProjectJson.Parsed parsed = ProjectJson.parse(file);
        ColumnChoice reads = wanted.all() || JournalLines.mayHoldEdits(Project.journalOf(file))
                ? ColumnChoice.ALL
                : ProjectColumns.named(parsed).map(wanted::and).orElse(ColumnChoice.ALL);
        // the data loads while the rest of the file is read: the tags' and rows' lines take a while on a first run
        Optional<DataLoad> early = ProjectJson.source(parsed)
                .flatMap(source -> earlyRequest(file, source))
                .map(request -> DataLoad.start(request.reading(reads), loader, progress, check));
        ProjectJson.ReadFile read;
        ImportRequest request;
        try {
            read = ProjectJson.read(parsed);
            ProjectDocument named = read.doc();
            request = request(
                            file,
                            new ProjectJson.DataSource(
                                    named.data(), named.predictions(), named.joinColumn(), named.roles()))
                    .reading(reads);
        } catch (IOException | RuntimeException e) {
            early.ifPresent(DataLoad::drop);
            throw e;
        }
        ProjectDocument doc = read.doc();
        DataLoad load = early.filter(started -> started.request().equals(request))
                .orElseGet(() -> {
                    early.ifPresent(DataLoad::drop);
                    return DataLoad.start(request, loader, progress, check);
                });
        LoadedData loaded = load.data();
        DataFiles files = load.files();
        List<String> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(read.notices());
        RowIds ids = new RowIds(loaded.dataset());
        Annotations work;
        try {
            work = TagRecords.annotations(doc, ids);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, "bad tag definition: " + e.getMessage(), e);
        }
        DataChanges changes = new DataChanges(files, doc.data(), doc.predictions(), ids.dropped());
        if (check == DataCheck.WITH_OPEN) {
            changes.warning().ifPresent(warnings::add);
        }
        TagSession session = new TagSession(loaded.dataset(), work);
        Map<String, String> problems = session.problems();
        if (!problems.isEmpty() && !reads.all()) {
            // the message must name the columns there are, as a read of every column does
            files.prints().stop();
            return open(projectFile, progress, writable, check, ColumnChoice.ALL);
        }
        problems.forEach((tag, p) -> warnings.add("tag \"" + tag + "\" matches no rows: " + p));
        Project project = new Project(file, changes, loaded, session, doc, warnings, disk);
        project.linesRead(read.lines());
        JournalCodec codec = new JournalCodec(new RowIds(loaded.dataset()));
        if (!writable) {
            project.recovered(JournalRecovery.recover(file, doc, session, codec, disk, false));
            return project;
        }
        SaveLeftovers.clean(file, Instant.now());
        Path journal = Project.journalOf(file);
        try {
            project.recovered(JournalRecovery.recover(file, doc, session, codec, disk, true));
            project.startJournal();
        } catch (IOException e) {
            // a folder the user may only read (a shared drive, an archive) still opens, for looking and for Save As
            project.warn(List.of("cannot write " + journal.getFileName() + " (" + WriteFailure.reason(e)
                    + "), so edits are kept only in "
                    + "memory until a save succeeds; use Save As to keep them in a folder you can write to"));
        }
        return project;
    }

    /**
     * What the project file's early reading says to load, when its paths lead to readable data and its
     * roles are sound; otherwise nothing starts early, and the full read says what is wrong.
     */
    private static Optional<ImportRequest> earlyRequest(Path file, ProjectJson.DataSource source) {
        if (source.data() == null
                || source.data().path() == null
                || source.predictions() != null && source.predictions().path() == null
                || source.roles() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(request(file, source));
        } catch (RuntimeException e) {
            // whatever is amiss, the full read refuses it with its own message
            return Optional.empty();
        }
    }

    /** @throws ProjectFileException naming a data file that is not there or is the system's, or bad roles */
    private static ImportRequest request(Path file, ProjectJson.DataSource source) {
        Path folder = file.getParent();
        return new ImportRequest(
                existing(file, folder, source.data()),
                source.predictions() == null ? null : existing(file, folder, source.predictions()),
                source.joinColumn(),
                roles(file, source.roles()),
                true);
    }

    /** Loads data into a new project with no tags yet and saves it at {@code projectFile}. */
    public Project create(Path projectFile, ImportRequest request, Progress progress) throws IOException {
        DataLoad load = DataLoad.start(request, loader, progress, DataCheck.WITH_OPEN);
        LoadedData loaded = load.data();
        Project project = new Project(
                projectFile,
                DataChanges.none(load.files()),
                loaded,
                new TagSession(loaded.dataset()),
                DocumentMerge.EMPTY,
                loaded.warnings(),
                disk);
        project.save();
        return project;
    }

    /**
     * The data may be anywhere the user chose, next to the project or not, so any path is followed for
     * reading; nothing is ever written there. Only a regular file is read, and not one the system makes up
     * (/proc, /sys), which holds the environment and other secrets a project from elsewhere must not reach.
     */
    private static Path existing(Path projectFile, Path folder, FileRecord record) {
        Path path;
        try {
            path = folder.resolve(record.path()).normalize();
        } catch (InvalidPathException e) {
            throw new ProjectFileException(projectFile, "its data file path is not a path: " + e.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectFileException(
                    projectFile, "its data file " + record.path() + " is not there (looked for " + path + ")");
        }
        SystemFiles.area(path).ifPresent(area -> {
            throw new ProjectFileException(
                    projectFile,
                    "its data file " + record.path() + " is a file of the system (" + area + "), not data");
        });
        return path;
    }

    private static ColumnRoles roles(Path projectFile, RolesRecord r) {
        try {
            return new ColumnRoles(
                    r.id(),
                    r.label(),
                    r.prediction(),
                    r.score(),
                    r.classScores() == null ? Map.of() : r.classScores(),
                    r.task() == null ? null : Task.fromKey(r.task()),
                    r.positiveClass());
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(projectFile, "bad column roles: " + e.getMessage(), e);
        }
    }
}
