package dev.errata.tags;

/**
 * The name review marks and hand tags are recorded under, so that a merged project tells whose work a
 * row is. A name is what people call each other: short, one line, compared exactly.
 */
public final class Analyst {

    /** The system user, until the preferences or {@code --analyst} name someone else. */
    public static final String SYSTEM = orUnknown(System.getProperty("user.name"));

    static final int MAX_CHARS = 100;

    private Analyst() {}

    /**
     * The name without surrounding blanks.
     *
     * @throws IllegalArgumentException for a name that is blank, longer than {@value #MAX_CHARS} characters
     *     or holds a control character such as a line break
     */
    public static String require(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an analyst's name cannot be blank");
        }
        if (trimmed.length() > MAX_CHARS) {
            throw new IllegalArgumentException("an analyst's name holds at most " + MAX_CHARS
                    + " characters, and this one has " + trimmed.length());
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an analyst's name is one line, without control characters");
        }
        return trimmed;
    }

    private static String orUnknown(String user) {
        try {
            return require(user);
        } catch (IllegalArgumentException e) {
            // a system without a usable user name still records the work under a name
            return "analyst";
        }
    }
}
