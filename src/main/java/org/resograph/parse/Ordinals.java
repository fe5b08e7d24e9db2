package org.resograph.parse;

import java.util.Locale;
import java.util.Map;

/** English ordinal words and numerals ("twenty-seventh", "Seventy-fourth", "27th") as numbers. */
public final class Ordinals {
    private Ordinals() {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twent", 20, "thirt", 30, "fort", 40, "fift", 50, "sixt", 60, "sevent", 70, "eight", 80, "ninet", 90);

    /** The number of an ordinal, or null when the word is none. */
    public static Integer parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip().replace('\u2011', '-').replace('\u2010', '-');
        if (w.matches("\\d{1,3}(st|nd|rd|th)")) return Integer.valueOf(w.replaceAll("\\D", ""));
        if (UNITS.containsKey(w)) return UNITS.get(w);
        if (w.endsWith("ieth")) {
            Integer t = TENS.get(w.substring(0, w.length() - 4));
            if (t != null) return t;
        }
        if (w.equals("hundredth") || w.equals("one hundredth")) return 100;
        int dash = w.indexOf('-');
        if (dash < 0) dash = w.indexOf(' ');
        if (dash > 0 && w.substring(0, dash).endsWith("y")) {
            String tensWord = w.substring(0, dash - 1);
            Integer t = TENS.get(tensWord);
            Integer u = UNITS.get(w.substring(dash + 1));
            if (t != null && u != null && u < 10) return t + u;
        }
        return null;
    }

    /** Ordinal words in a pattern: "Twenty-seventh", "Fifteenth", "27th". */
    public static final String WORD = "(?:(?:[A-Za-z]+y[-\u2011 ])?[A-Za-z]+(?:st|nd|rd|th)|\\d{1,3}(?:st|nd|rd|th))";
}
