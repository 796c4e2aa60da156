package dev.errata.workbench.about;

/** A library the jar ships, with the licence its POM names. */
public record Library(String group, String artifact, String version, String licence) {

    /** "org.openjfx:javafx-base". */
    public String coordinates() {
        return group + ":" + artifact;
    }
}
