package dev.errata.ui;

import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A test of the real window on TestFX's stage, with fake dialogs, throw-away preferences and a folder for its projects. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    @TempDir
    protected Path folder;

    protected final ShownWindow shown = new ShownWindow();
    protected WindowViewModel window;
    /** What the window's questions are answered with; a test scripts the answers before it asks. */
    protected final FakeDialogs dialogs = new FakeDialogs();

    /** In a set-up rather than TestFX's start, which it looks for in the test's own class only. */
    @BeforeEach
    protected void showWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> window = shown.show(stage, dialogs));
    }

    @AfterEach
    protected void forgetPreferences() throws Exception {
        shown.forget();
    }
}
