package org.resograph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normalisation of {@code score.py}: NFKC, curly quotes to straight ones, en and em dashes to
 * hyphens, runs of white space to one space, trimmed. Numbers and None pass through, lists become
 * tuples of normalised items.
 */
public final class Norm {
    private Norm() {}

    /** The words that make a modifier: {@code also}, {@code further}, {@code again}. */
    public static final Set<String> MODIFIERS = Set.of("also", "further", "again");

    /** {@code norm(v)}. */
    public static Object norm(Object v) {
        if (v == null) return null;
        if (Py.isNumber(v)) return v;
        if (v instanceof List<?> l) {
            List<Object> items = new ArrayList<>(l.size());
            for (Object x : l) items.add(norm(x));
            return new Py.Tuple(items);
        }
        return text(Py.str(v));
    }

    /** The normalisation of a string. */
    public static String text(String v) {
        String s = Normalizer.normalize(v, Normalizer.Form.NFKC);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        s = s.replace('\u2013', '-').replace('\u2014', '-');
        return String.join(" ", Py.split(s));
    }

    /** {@code (norm(phrase) or "").lower().split()}. */
    private static List<String> words(Object phrase) {
        Object n = Py.or(norm(phrase), "");
        if (!(n instanceof String s)) throw new ScoreException("'" + Py.typeName(n) + "' object has no attribute 'lower'");
        return Py.split(s.toLowerCase(Locale.ROOT));
    }

    /** The first word of a preambular phrase that is not a modifier, lower case ("" when none). */
    public static String firstWord(Object phrase) {
        for (String w : words(phrase)) if (!MODIFIERS.contains(w)) return w;
        return "";
    }

    /** Whether a preambular phrase holds {@code also}, {@code further} or {@code again} as a word. */
    public static boolean hasModifier(Object phrase) {
        for (String w : words(phrase)) if (MODIFIERS.contains(w)) return true;
        return false;
    }
}
