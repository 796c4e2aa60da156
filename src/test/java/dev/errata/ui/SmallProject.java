package dev.errata.ui;

import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Ten rows of a binary model on disk, four of them errors (ids 2, 4, 7, 10), with a project holding one
 * hand tag "noisy" on key 1. Numbers in tests are computed by hand from this table.
 */
public final class SmallProject {

    public static final String CSV = """
            id,label,prediction,score,device
            1,1,1,0.9,android
            2,1,0,0.4,android
            3,0,0,0.1,ios
            4,0,1,0.7,ios
            5,1,1,0.8,android
            6,0,0,0.2,web
            7,1,0,0.3,web
            8,0,0,0.1,android
            9,1,1,0.95,ios
            10,0,1,0.6,android
            """;

    public final Path csv;
    public final Path projectFile;

    public SmallProject(Path folder) throws IOException {
        projectFile = ProjectOnDisk.create(
                folder,
                "small",
                CSV,
                session ->
                        session.createTag(TagDefinition.hand("noisy", "#e06c75").withSettings(null, null, null, 1)));
        csv = folder.resolve("small.csv");
    }
}
