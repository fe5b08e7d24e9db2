package org.resograph.read;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at a line end is a soft hyphen to drop ("traf-" + "ficking") or part
 * of the word ("well-" + "being"), by what the same document writes elsewhere.
 */
final class Dehyphenator {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");
    /** Prefixes that keep their hyphen when the document gives no evidence either way. */
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "non", "self", "anti", "co", "cross", "well", "long", "short", "multi", "post", "pre",
            "ex", "all", "half", "high", "low", "low-income", "middle", "semi", "sub", "un", "de", "re");

    private final Set<String> words = new HashSet<>();

    void learn(String line) {
        Matcher m = WORD.matcher(line);
        while (m.find()) words.add(m.group().toLowerCase());
    }

    /** True when "left-" at a line end and "right" at the next line's start make one word without hyphen. */
    boolean dropHyphen(String left, String right) {
        String l = left.toLowerCase();
        String r = right.toLowerCase();
        if (words.contains(l + r)) return true;
        if (words.contains(l + "-" + r)) return false;
        return !HYPHEN_PREFIXES.contains(l);
    }
}
