package org.resograph.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Lexicon;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.lexicon.Trie;

/**
 * How the start of a line or paragraph looks: an operative number, a sub-paragraph label, a
 * bullet, a heading, a preambular head, an operative verb, a closing line. The shapes of UN
 * resolutions, with the words themselves coming from the {@link Lexicon}.
 */
final class Shapes {
    private final Lexicon lexicon;

    Shapes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*\\.(?:\\s+|(?=[A-Z]))(?=\\S)");
    static final Pattern LABEL = Pattern.compile(
            "^\\(\\s*([a-z]{1,2}|[ivxlcdm]{1,6}|\\d{1,2}|[A-Z])\\s*\\)\\s*(?=\\S)|^([a-z]|[ivx]{1,4})\\)\\s+(?=\\S)|^([a-z]|[ivx]{2,5})\\.\\s+(?=\\S)");
    static final Pattern BULLET = Pattern.compile("^•\\s*(?=\\S)");
    static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVXL]{1,6}|[A-Z])\\.\\s+\\S.{0,150}$");
    static final Pattern ANNEX = Pattern.compile("^(?:Annex|Annexes|ANNEX|Appendix)(?:\\s+[IVXL0-9A-Z]{1,5})?\\b.{0,160}$");
    static final Pattern CLOSING = Pattern.compile(
            "^(?:\\d{1,4}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting(?:\\s+\\d{1,2}\\s+" + Dates.MONTH + "\\s+\\d{4})?|(?:\\d{1,2}\\s+" + Dates.MONTH + "\\s+\\d{4})|\\[?Adopted\\s+(?:by|without)\\b.*"
            + "|(?:In favour|Against|Abstaining|Abstentions)\\s*:.*)\\.?\\]?$");

    /** Operative number at the start, or null. */
    static Integer number(String s) {
        Matcher m = NUMBERED.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static int afterNumber(String s) {
        Matcher m = NUMBERED.matcher(s);
        return m.find() ? m.end() : 0;
    }

    /** Sub-paragraph label ("a", "ii", "•"), or null. */
    static String label(String s) {
        Matcher m = LABEL.matcher(s);
        if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return BULLET.matcher(s).find() ? "•" : null;
    }

    static int afterLabel(String s) {
        Matcher m = LABEL.matcher(s);
        if (m.find()) return m.end();
        m = BULLET.matcher(s);
        return m.find() ? m.end() : 0;
    }

    /** A preambular paragraph starts here: optional adverbs, then a head (listed, or a word in -ing). */
    boolean preambleStart(String s) {
        List<Token> t = headTokens(s);
        if (t == null) return false;
        int i = afterAdverbs(t);
        if (lexicon.preambleHeadAt(t, i) != null) return true;
        String w = t.get(i).raw();
        return w.length() > 5 && w.endsWith("ing") && (i > 0 || Character.isUpperCase(w.charAt(0)))
                && !w.equals("Nothing") && !w.equals("During") && !w.equals("According");
    }

    /** A preambular paragraph starts here with a head the lexicon lists (not merely a word in -ing). */
    boolean knownPreambleStart(String s) {
        List<Token> t = headTokens(s);
        return t != null && lexicon.preambleHeadAt(t, afterAdverbs(t)) != null;
    }

    /** The first words of a text that opens with a capital, or null. */
    private static List<Token> headTokens(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return null;
        List<Token> t = Tokenizer.tokens(firstWords(s));
        return t.isEmpty() ? null : t;
    }

    private int afterAdverbs(List<Token> t) {
        int i = 0;
        while (i < t.size() - 1 && lexicon.isPreambleAdverb(t.get(i))) i++;
        return i;
    }

    /** An operative clause starts here: optional adverbs, then a verb of the lexicon. */
    boolean operativeStart(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return false;
        List<Token> t = Tokenizer.tokens(firstWords(s));
        if (t.isEmpty() || !t.get(0).isCapitalised()) return false;
        int i = 0;
        Trie.Hit<String> adv;
        while ((adv = lexicon.operativeAdverbAt(t, i)) != null) i = adv.end();
        Trie.Hit<Lexicon.Verb> v = lexicon.verbAt(t, i);
        return v != null && t.get(i).raw().endsWith("s") || v != null && i == 0 && t.get(0).isCapitalised() && !preambleStart(s);
    }

    /** A short line with no closing punctuation: a heading inside the operative part or an annex. */
    static boolean headingLike(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 160) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return ROMAN_HEADING.matcher(t).matches() && last != ',' && last != ';';
        return Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
    }

    static boolean closing(String s) {
        return CLOSING.matcher(s.strip()).matches();
    }

    static boolean annexHeading(String s) {
        String t = s.strip();
        return ANNEX.matcher(t).matches() && (t.length() < 12 || !t.endsWith(".")) && !t.matches("(?i)annex(es)?\\s+(to|of)\\b.*");
    }

    /** Text ends a paragraph: terminal punctuation, possibly followed by a footnote marker or quote. */
    static boolean endsParagraph(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        // A footnote number the reader could not lift ("countries,8") does not hide the paragraph's end.
        int d = e;
        while (d > 0 && d > e - 3 && Character.isDigit(s.charAt(d - 1))) d--;
        if (d < e && d > 0 && ",;:.".indexOf(s.charAt(d - 1)) >= 0) e = d;
        while (e > 0 && "\u201d\"’)]".indexOf(s.charAt(e - 1)) >= 0) e--;
        return e > 0 && ".;:,".indexOf(s.charAt(e - 1)) >= 0;
    }


    private static String firstWords(String s) {
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
