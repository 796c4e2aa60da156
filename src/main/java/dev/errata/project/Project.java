package dev.errata.project;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.LoadedData;
import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.tags.TagMembership;
import dev.errata.tags.TagSession;
import dev.errata.tags.TextLimit;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An open project: the loaded data, the tag session every edit goes through, and what else the file
 * keeps. Between saves each session edit is appended to the journal; {@link #save} writes the file
 * atomically and starts a fresh journal. Open and create one with {@link ProjectOpener}.
 *
 * <p>A kill at any moment of a save opens as the old file plus its journal or as the new file plus the
 * edits made after it was taken, never an edit twice: until the rename the old file and its journal are
 * untouched; from the rename on, the new file names the save the old journal continues as its previous
 * one and how many of its edits it holds, so {@link JournalRecovery} replays only the later ones; the
 * journal that continues the new save replaces the old one in one atomic step.
 */
public final class Project implements Closeable {

    private volatile Path file;
    private final DataChanges sources;
    private final LoadedData data;
    private final TagSession session;
    private final List<String> warnings = new ArrayList<>();
    private ProjectSettings settings;
    private List<SavedView> views;
    private List<String> checks;
    private String summary;
    private List<Model> models;
    private List<ModelVersion> history;
    private volatile Journal journal;
    private String saveId;
    /** The tag and row lines of the file, which the next save keeps where nothing changed. */
    private FileLines lines = FileLines.NONE;

    private int recoveredEdits;
    private final Disk disk;

    Project(
            Path file,
            DataChanges sources,
            LoadedData data,
            TagSession session,
            ProjectDocument doc,
            List<String> warnings,
            Disk disk) {
        this.file = file.toAbsolutePath();
        this.disk = disk;
        this.sources = sources;
        this.data = data;
        this.session = session;
        this.warnings.addAll(warnings);
        this.settings = doc.settings();
        this.views = doc.views();
        this.checks = doc.checks();
        this.summary = doc.summary();
        this.models = doc.models();
        this.history = doc.history();
        this.saveId = doc.saveId();
    }

    /** The journal beside a project file: {@code NAME.errata.journal} for {@code NAME.errata.json}. */
    public static Path journalOf(Path projectFile) {
        return sibling(projectFile, ".journal");
    }

    /** The previous version kept by the last save: {@code NAME.errata.json.bak}. */
    public static Path backupOf(Path projectFile) {
        return projectFile.resolveSibling(projectFile.getFileName() + ".bak");
    }

    private static Path sibling(Path projectFile, String suffix) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return projectFile.resolveSibling(stem + suffix);
    }

    public Path file() {
        return file;
    }

    /** The data file the rows were loaded from, absolute; media paths in its cells are relative to its folder. */
    public Path dataFile() {
        return sources.files().data();
    }

    /**
     * The data file when it lies outside the project's folder: a project from elsewhere can name any file,
     * so the window says which one it reads.
     */
    public Optional<Path> dataOutsideFolder() {
        return dataFile().startsWith(file.getParent()) ? Optional.empty() : Optional.of(dataFile());
    }

    /** The separate predictions file, absolute, when the data came as two files joined on an id. */
    public Optional<Path> predictionsFile() {
        return Optional.ofNullable(sources.files().predictions());
    }

    public LoadedData data() {
        return data;
    }

    public Dataset dataset() {
        return data.dataset();
    }

    public ColumnRoles roles() {
        return data.roles();
    }

    public TagSession session() {
        return session;
    }

    /** Every tag's rows and metric scope (all rows for rule and imported tags, reviewed rows for hand tags). */
    public List<TagMembership> memberships() {
        return session.memberships();
    }

    /**
     * What the user should know about how the project opened: changed data (unless the open left that to
     * {@link #dataChangeWarning}), recovered edits, load warnings.
     */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /**
     * The warning that the data changed since the save, for an open that left it to be asked for
     * ({@link DataCheck#WHEN_ASKED}). Hashes the data files unless that was done: call it off the FX thread.
     *
     * @throws IOException when a data file cannot be read for its fingerprint
     */
    public Optional<String> dataChangeWarning() throws IOException {
        return sources.warning();
    }

    public ProjectSettings settings() {
        return settings;
    }

    public void setSettings(ProjectSettings value) {
        settings = value;
    }

    public List<SavedView> views() {
        return views;
    }

    public void setViews(List<SavedView> value) {
        views = List.copyOf(value);
    }

    public List<String> checks() {
        return checks;
    }

    public void setChecks(List<String> value) {
        checks = List.copyOf(value);
    }

    public String summary() {
        return summary;
    }

    /** @throws IllegalArgumentException for a summary longer than a project file holds */
    public void setSummary(String value) {
        summary = value == null ? "" : TextLimit.require("the summary", value);
    }

    /** The models whose predictions the data holds, the first the one the roles name; empty for one model. */
    public List<Model> models() {
        return models;
    }

    /** What each version of the model measured when it was added, oldest first. */
    public List<ModelVersion> history() {
        return history;
    }

    /**
     * Adds a model and what it measured: its version joins the history, and the model the models.
     *
     * @throws IllegalArgumentException when a model or version of that name is there already
     */
    public void addModel(Model model, ModelVersion measured) {
        if (models.stream().anyMatch(m -> m.name().equals(model.name()))
                || history.stream().anyMatch(v -> v.model().equals(model.name()))) {
            throw new IllegalArgumentException(
                    "the project has a model named \"" + model.name() + "\" already; name this one otherwise");
        }
        List<Model> named = new ArrayList<>(models);
        named.add(model);
        List<ModelVersion> versions = new ArrayList<>(history);
        versions.add(measured);
        models = List.copyOf(named);
        history = List.copyOf(versions);
    }

    public void save() throws IOException {
        saveAs(file);
    }

    /**
     * Saves to another file, storing data paths relative to it; the project then lives there.
     *
     * @throws IOException when the file cannot be written (a full disk, a folder without permission), with
     *     a message that says so and where the work still is: a failed save changes nothing, in memory or on disk
     */
    public void saveAs(Path target) throws IOException {
        prepareSaveAs(target).write();
    }

    /** {@link #prepareSaveAs} to the project's own file. */
    public PendingSave prepareSave() {
        return prepareSaveAs(file);
    }

    /**
     * Takes what a save writes, on the thread that edits the session (cheap: copies of its bitmaps); the
     * returned step writes it and may run on another thread while editing goes on. Edits made meanwhile
     * are journaled after the ones the file holds, and the journal keeps them once the file is written.
     */
    public PendingSave prepareSaveAs(Path target) {
        Path absolute = target.toAbsolutePath();
        SavedWork work = new SavedWork(
                session.snapshot(),
                settings,
                views,
                checks,
                summary,
                models,
                history,
                journal == null ? new Journal.Mark(0, 0) : journal.mark());
        return () -> write(absolute, work);
    }

    /** The second half of a save, which may run off the editing thread. */
    @FunctionalInterface
    public interface PendingSave {
        void write() throws IOException;
    }

    private synchronized void write(Path absolute, SavedWork work) throws IOException {
        ProjectDocument document;
        try {
            // the data files' fingerprints, which a window's open may have left to be hashed now
            document = work.document(absolute.getParent(), sources.files(), dataset(), roles());
        } catch (IOException e) {
            throw notSaved(absolute, e);
        }
        ProjectJson.Written written = ProjectJson.write(document, lines);
        byte[] content = written.bytes();
        String newSaveId = LastSave.idOf(content);
        try {
            ProjectJson.requireReadable(content);
            // before the rename: once the new file is in place, this says which of the journal's edits it holds
            new LastSave(newSaveId, saveId, work.journaled().edits()).write(disk, absolute);
            AtomicFile.replace(disk, absolute, content, backupOf(absolute));
        } catch (IOException e) {
            throw notSaved(absolute, e);
        }
        Path old = file;
        file = absolute;
        saveId = newSaveId;
        lines = written.lines();
        try {
            if (journal == null) {
                startFreshJournal();
            } else {
                journal.continueSave(journalOf(absolute), newSaveId, work.journaled());
            }
        } catch (IOException e) {
            throw new IOException(
                    "saved " + absolute.getFileName() + ", but could not start "
                            + journalOf(absolute).getFileName() + " over: "
                            + WriteFailure.reason(e)
                            + (journal == null
                                    ? "; the edits from now on are kept only in memory until a save succeeds"
                                    : "; the edits from now on still go to the old journal, which the next open replays"),
                    e);
        }
        if (!old.equals(absolute) && journal != null) {
            // after Save As the unsaved edits belong to the new file; a kill before this, or a folder the user
            // may not write in, leaves them with the old file too, where they still apply. A project opened
            // only to read (a merge writing its result) never took the old journal over, which stays its file's
            try {
                disk.deleteIfExists(journalOf(old));
            } catch (IOException e) {
                // kept beside the old file, which it continues; nothing to tell the user
            }
        }
    }

    /** A failed save says why, and where the work still is: in the journal, unless it cannot be written. */
    private IOException notSaved(Path absolute, IOException e) {
        return WriteFailure.notSaved(
                absolute, e, journal == null || journal.problem().isPresent() ? null : journalOf(file));
    }

    /** Adds to what the user should know about how the project opened. */
    public void warn(List<String> more) {
        warnings.addAll(more);
    }

    /** The lines of the file the project was opened from. */
    void linesRead(FileLines read) {
        lines = read;
    }

    void recovered(Recovery recovery) {
        recoveredEdits = recovery.replayedEdits();
        warn(recovery.warnings());
    }

    /**
     * Why edits are no longer journaled, as a sentence for the user; empty while the journal works. Once a
     * write fails the edits stay in memory only, until a save holds them all.
     */
    public Optional<String> journalProblem() {
        Journal current = journal;
        return current == null
                ? Optional.empty()
                : current.problem()
                        .map(e -> "could not write the edit to "
                                + journalOf(file).getFileName() + " (" + WriteFailure.reason(e)
                                + "), so the edits from now on are kept only in "
                                + "memory: save to keep them, or Save As to another folder if this one cannot be written, as a crash before that "
                                + "would lose them");
    }

    /** How many unsaved edits opening replayed from the journal: the project differs from its file by them. */
    public int recoveredEdits() {
        return recoveredEdits;
    }

    /** Appends to the journal left by {@link JournalRecovery}, which continues this file's save, or starts one. */
    void startJournal() throws IOException {
        if (Files.exists(journalOf(file))) {
            attachJournal();
        } else {
            startFreshJournal();
        }
    }

    /** Replaces the journal atomically, so that it always starts with a whole header. */
    private void startFreshJournal() throws IOException {
        AtomicFile.replace(disk, journalOf(file), new JournalHeader(saveId).line(), null);
        attachJournal();
    }

    private void attachJournal() throws IOException {
        journal = new Journal(
                disk, journalOf(file), new JournalCodec(new RowIds(dataset())), JournalLines.count(journalOf(file)));
        session.addListener(journal);
    }

    private void stopJournal() throws IOException {
        if (journal != null) {
            session.removeListener(journal);
            journal.close();
            journal = null;
        }
    }

    /**
     * Stops journaling, and hashing the data files where that is under way; unsaved edits stay in the journal
     * and come back when the project is opened again.
     */
    @Override
    public void close() throws IOException {
        sources.files().prints().stop();
        stopJournal();
    }
}
