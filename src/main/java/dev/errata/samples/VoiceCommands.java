package dev.errata.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Short commands spoken to a voice assistant, and how a speech recogniser mishears them. */
final class VoiceCommands {

    private static final String[] TEMPLATES = {
        "call {name} on {phone}", "navigate to {place}", "how long to {place} {when}",
        "set a timer for {number} minutes", "play some {genre} music", "what is the weather in {city} {when}",
        "remind me to {chore} {when}", "send a message to {name} saying {status}", "turn {onoff} the {appliance}",
        "find a {shop} near {place}", "read my last message from {name}", "add {item} to the shopping list"
    };
    private static final Map<String, String[]> SLOTS = Map.ofEntries(
            Map.entry("name", new String[] {"anna", "peter", "maria", "james", "sofia", "david", "laura", "tom"}),
            Map.entry("phone", new String[] {"her mobile", "his mobile", "speaker", "the work phone"}),
            Map.entry(
                    "place",
                    new String[] {"home", "work", "the airport", "the station", "the city centre", "the hospital"}),
            Map.entry("when", new String[] {"today", "tomorrow", "tonight", "on monday", "this weekend"}),
            Map.entry("number", new String[] {"two", "five", "ten", "fifteen", "twenty", "thirty"}),
            Map.entry("genre", new String[] {"jazz", "rock", "classical", "pop", "folk"}),
            Map.entry("city", new String[] {"london", "paris", "berlin", "madrid", "dublin", "boston"}),
            Map.entry(
                    "chore",
                    new String[] {"buy milk", "call the bank", "pay the rent", "book a table", "water the plants"}),
            Map.entry(
                    "status",
                    new String[] {"i am running late", "i am on my way", "i am stuck in traffic", "see you soon"}),
            Map.entry("onoff", new String[] {"on", "off"}),
            Map.entry("appliance", new String[] {"lights", "radio", "heating", "fan"}),
            Map.entry("shop", new String[] {"petrol station", "pharmacy", "coffee shop", "supermarket"}),
            Map.entry("item", new String[] {"bread", "eggs", "coffee", "apples", "rice"}));
    /** Words a recogniser takes for one another; any other word it takes for a word of {@link #COMMON}. */
    private static final Map<String, String> SOUNDS_LIKE = Map.ofEntries(
            Map.entry("two", "to"),
            Map.entry("to", "two"),
            Map.entry("for", "four"),
            Map.entry("call", "all"),
            Map.entry("home", "phone"),
            Map.entry("work", "walk"),
            Map.entry("ten", "then"),
            Map.entry("paris", "harris"),
            Map.entry("music", "magic"),
            Map.entry("lights", "likes"),
            Map.entry("milk", "silk"),
            Map.entry("bank", "tank"),
            Map.entry("late", "light"),
            Map.entry("way", "weigh"),
            Map.entry("traffic", "graphic"),
            Map.entry("fan", "van"),
            Map.entry("rock", "rob"),
            Map.entry("rent", "rant"),
            Map.entry("table", "cable"),
            Map.entry("fifteen", "fifty"),
            Map.entry("thirty", "thirsty"),
            Map.entry("rice", "price"),
            Map.entry("eggs", "legs"),
            Map.entry("on", "in"),
            Map.entry("off", "of"),
            Map.entry("station", "nation"),
            Map.entry("boston", "austin"),
            Map.entry("peter", "pizza"));

    private static final String[] COMMON = {"the", "a", "and", "it", "in", "is", "that", "this", "what", "they"};
    private static final String[] FILLERS = {"the", "a", "uh", "and"};

    private VoiceCommands() {}

    static List<String> command(SplittableRandom random) {
        List<String> words = new ArrayList<>();
        for (String part : TEMPLATES[random.nextInt(TEMPLATES.length)].split(" ")) {
            if (part.startsWith("{")) {
                String[] values = SLOTS.get(part.substring(1, part.length() - 1));
                words.addAll(Arrays.asList(values[random.nextInt(values.length)].split(" ")));
            } else {
                words.add(part);
            }
        }
        return words;
    }

    /** Each word is misheard with the given probability: substituted (most often), deleted, or preceded by an inserted word. */
    static List<String> mishear(List<String> words, double wordErrorProbability, SplittableRandom random) {
        List<String> heard = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            if (random.nextDouble() >= wordErrorProbability) {
                heard.add(word);
                continue;
            }
            double kind = random.nextDouble();
            if (kind < 0.6) {
                heard.add(substitute(word, random));
            } else if (kind >= 0.9) {
                heard.add(FILLERS[random.nextInt(FILLERS.length)]);
                heard.add(word);
            }
        }
        return heard;
    }

    private static String substitute(String word, SplittableRandom random) {
        String alike = SOUNDS_LIKE.get(word);
        if (alike != null) {
            return alike;
        }
        String other = COMMON[random.nextInt(COMMON.length)];
        return other.equals(word) ? COMMON[(Arrays.asList(COMMON).indexOf(other) + 1) % COMMON.length] : other;
    }
}
