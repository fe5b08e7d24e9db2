package org.resograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Lexicon;

/**
 * Finds UN document symbols (FORMAT.md rule 12): "E/CN.15/2018/1", "A/CONF. 203/18" (written
 * without the inner space), "A/73/123-S/2018/456" (two symbols). Only the series the lexicon
 * lists count.
 */
final class SymbolFinder {

    /** A symbol found at [start, end) of the unit text. */
    record Found(String symbol, int start, int end) {}

    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.-])([A-Z][A-Za-z-]{0,9}(?:/(?:[A-Za-z]{1,8}\\.\\s?\\d{1,4}[A-Za-z]?|[A-Za-z0-9][A-Za-z0-9.()\\-]*))+)");
    private static final Pattern JOINT = Pattern.compile("-(?=[A-Z]{1,6}/)");

    private final Lexicon lexicon;

    SymbolFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text.indexOf('/') < 0) return out;
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            String raw = m.group(1);
            int start = m.start(1);
            int offset = 0;
            for (String piece : JOINT.split(raw)) {
                String s = clean(piece);
                int pieceStart = start + raw.indexOf(piece, offset);
                offset = pieceStart - start + piece.length();
                if (valid(s)) out.add(new Found(s, pieceStart, pieceStart + piece.length()));
            }
        }
        return out;
    }

    private static String clean(String s) {
        String t = s.replaceAll("\\s+", "");
        // Trailing punctuation and an unbalanced closing bracket belong to the sentence.
        while (!t.isEmpty() && ".,;:-".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        if (t.endsWith(")") && count(t, '(') < count(t, ')')) t = t.substring(0, t.length() - 1);
        t = t.replaceAll("\\((?:Part|Vol\\.?)[^)]*\\)$", "");
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private boolean valid(String s) {
        int slash = s.indexOf('/');
        if (slash <= 0 || !s.matches(".*\\d.*")) return false;
        String series = s.substring(0, slash);
        int dot = series.indexOf('.');
        if (dot > 0) series = series.substring(0, dot);
        return lexicon.isSymbolSeries(series);
    }
}
