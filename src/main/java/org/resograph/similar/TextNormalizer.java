package org.resograph.similar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a paragraph into the words that are compared: lower case, accents and
 * punctuation dropped, numbers dropped, the printed numbering and the opening clause head
 * ("Also urges", "Taking note with appreciation of", "Deeply concerned") left out.
 *
 * <p>It is meant to give the same words for the cleaned text of a paragraph and for the text as a
 * PDF converter prints it: line breaks are spaces, a word broken at the end of a line by a hyphen
 * is joined again, and a hyphen inside a word is dropped, so that "well-being", "well-\nbeing" and
 * "wellbeing" are one word. Letters and digits never share a word. Footnote markers (superscript
 * digits, {@code <sup>} tags, digits glued to a word) and Markdown emphasis disappear with the
 * punctuation and the numbers.
 *
 * <p>Numbers are left out on purpose: a paragraph repeated from one year's resolution to the
 * next usually changes only its numbers (the resolution it recalls, the count of parties, the
 * session), and the language it shares is what the reader looks for.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** A word of the text and where it was read: {@code text.substring(start, end)} printed it. */
    public record Word(String text, int start, int end) {}

    /** A printed paragraph number or sub-paragraph label at the start: "1.", "(a)", "iv)", "- 17.", "•". */
    private static final Pattern NUMBERING = Pattern.compile(
            "^[\\s*_#>•·\\-–—]*(?:(?:\\(?(?:\\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]|\\(\\w{1,4}\\))[\\s*_]+)+");

    /** Words that modify the head of a clause: "Also urges", "Requests further", "Deeply concerned". */
    private static final Set<String> MODIFIERS = Set.of(
            "also", "further", "again", "furthermore", "moreover", "once", "more", "strongly", "deeply",
            "gravely", "seriously", "firmly", "fully", "duly", "hereby", "therefore", "likewise", "similarly",
            "additionally", "most", "particularly", "especially", "equally", "greatly", "profoundly",
            "extremely", "increasingly", "keenly", "highly", "earnestly", "solemnly", "urgently");

    /** Heads that are neither a verb in -s nor a participle: "Aware of", "Mindful that". */
    private static final Set<String> ADJECTIVE_HEADS = Set.of(
            "aware", "mindful", "cognizant", "conscious", "desirous", "anxious", "eager", "keen", "confident",
            "sure", "certain", "grateful", "appreciative", "alarmed", "convinced", "concerned");

    /** Small words that belong to the head of a clause: "Calls upon", "Taking note with appreciation of". */
    private static final Set<String> HEAD_PARTICLES = Set.of(
            "also", "further", "again", "upon", "on", "for", "note", "with", "appreciation", "satisfaction",
            "concern", "grave", "deep", "serious", "interest", "of", "that", "in", "mind", "into", "account",
            "regard", "consideration", "considered", "about", "at", "by");

    /** At most this many words are taken for the opening head. */
    private static final int MAX_HEAD = 6;

    /**
     * The words of a text as hashes and places, without building a string per word: what the
     * finder needs for hundreds of thousands of paragraphs. {@code hash[i]} is
     * {@link Shingles#wordHash} of word i; the opening clause head is words {@code [0, head)}.
     */
    static final class Tokens {
        int n;
        long[] hash;
        int[] start;
        int[] end;
        String[] text;
        int head;

        Tokens(int capacity, boolean withText) {
            hash = new long[capacity];
            start = new int[capacity];
            end = new int[capacity];
            text = withText ? new String[capacity] : null;
        }

        void add(long h, int s, int e, String t) {
            if (n == hash.length) {
                int c = n * 2 + 8;
                hash = java.util.Arrays.copyOf(hash, c);
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
                if (text != null) text = java.util.Arrays.copyOf(text, c);
            }
            hash[n] = h;
            start[n] = s;
            end[n] = e;
            if (text != null) text[n] = t;
            n++;
        }
    }

    /** Every word of the text, numbers left out, with its place in {@code text}. */
    public static List<Word> words(String text) {
        Tokens t = scan(text, true);
        List<Word> out = new ArrayList<>(t.n);
        for (int i = 0; i < t.n; i++) out.add(new Word(t.text[i], t.start[i], t.end[i]));
        return out;
    }

    /** The words that carry the paragraph's language: {@link #words} without the opening clause head. */
    public static List<Word> content(String text) {
        List<Word> all = words(text);
        return all.subList(headLength(all), all.size());
    }

    /** The words of a text as hashes and places, the opening clause head measured. */
    static Tokens tokens(String text) {
        Tokens t = scan(text, false);
        if (t.n > 0) {
            // the head is read off the first few words, as strings
            List<Word> first = words(text.substring(0, t.end[Math.min(t.n, MAX_HEAD) - 1]));
            t.head = headLength(first);
        }
        return t;
    }

    private static Tokens scan(String text, boolean withText) {
        int n = text.length();
        Tokens out = new Tokens(Math.max(8, n / 6), withText);
        Matcher m = NUMBERING.matcher(text);
        int i = m.lookingAt() ? m.end() : 0;
        StringBuilder w = withText ? new StringBuilder(24) : null;
        long h = FNV_OFFSET;
        int start = -1;
        int end = -1;
        boolean letter = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<') { // an HTML tag such as <sup>3</sup> is not text
                int close = tagEnd(text, i);
                if (close > 0) {
                    if (text.regionMatches(true, i, "<sup>", 0, 5)) {
                        int stop = indexOfIgnoreCase(text, "</sup>", close);
                        if (stop > 0 && stop - close < 12) close = stop + 6;
                    }
                    if (start >= 0 && letter) out.add(Shingles.mix(h), start, end, withText ? w.toString() : null);
                    start = -1;
                    letter = false;
                    i = close;
                    continue;
                }
            }
            if (isWordChar(c)) {
                boolean isLetter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
                // letters and digits make separate words: "Crime2" (a glued footnote marker) is "crime"
                if (start >= 0 && isLetter != letter) {
                    if (letter) out.add(Shingles.mix(h), start, end, withText ? w.toString() : null);
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    h = FNV_OFFSET;
                    if (withText) w.setLength(0);
                }
                letter = isLetter;
                if (c < 128) {
                    char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    h = (h ^ l) * FNV_PRIME;
                    if (withText) w.append(l);
                } else {
                    String d = fold(c);
                    for (int k = 0; k < d.length(); k++) h = (h ^ d.charAt(k)) * FNV_PRIME;
                    if (withText) w.append(d);
                }
                end = i + 1;
                i++;
                continue;
            }
            if (start >= 0 && (c == '\'' || c == '\u2019' || c == '\u00ad')) {
                // children's -> childrens; a soft hyphen is never printed
                if (i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
            }
            if (start >= 0 && isHyphen(c)) {
                int j = i + 1;
                boolean newline = false;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n' || text.charAt(j) == '\r') newline = true;
                    j++;
                }
                // well-being -> wellbeing; traf-\nficking -> trafficking (a line-end hyphen); traf- ficking
                // (a line-end hyphen whose line break was lost) too, but not drug- and crime-related
                if (j < n && isWordChar(text.charAt(j))
                        && (j == i + 1 || newline || Character.isLowerCase(text.charAt(j)) && !suspended(text, j))) {
                    i = j;
                    continue;
                }
            }
            if (start >= 0 && letter) out.add(Shingles.mix(h), start, end, withText ? w.toString() : null);
            start = -1;
            letter = false;
            i++;
        }
        if (start >= 0 && letter) out.add(Shingles.mix(h), start, end, withText ? w.toString() : null);
        return out;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private static boolean isWordChar(char c) {
        if (c < 128) return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetterOrDigit(c) && !isSuperscript(c);
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from; i + what.length() <= text.length() && i < from + 32; i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    /**
     * How many words open the paragraph as its clause head: modifiers, then one head word (a
     * verb in -s, a participle in -ing or -ed, or an adjective such as "aware"), then the small
     * words that go with it. Nothing is dropped if no head word is found.
     */
    static int headLength(List<Word> words) {
        int i = 0;
        int limit = Math.min(words.size(), MAX_HEAD);
        while (i < limit && MODIFIERS.contains(words.get(i).text())) i++;
        if (i >= limit || !isHead(words.get(i).text())) return 0;
        i++;
        while (i < limit && (HEAD_PARTICLES.contains(words.get(i).text()) || MODIFIERS.contains(words.get(i).text()))) i++;
        return Math.min(i, words.size());
    }

    private static boolean isHead(String w) {
        if (ADJECTIVE_HEADS.contains(w)) return true;
        if (w.length() < 4) return false;
        return w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ing") || w.endsWith("ed");
    }

    /** Words after a suspended hyphen ("drug- and crime-related", "short- to medium-term"). */
    private static final Set<String> SUSPENDED = Set.of("and", "or", "to", "nor", "as", "and/or");

    private static boolean suspended(String text, int at) {
        int e = at;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '/')) e++;
        return SUSPENDED.contains(text.substring(at, e));
    }

    private static int tagEnd(String text, int at) {
        int max = Math.min(text.length(), at + 16);
        for (int j = at + 1; j < max; j++) {
            char c = text.charAt(j);
            if (c == '>') return j > at + 1 ? j + 1 : -1;
            if (!(Character.isLetterOrDigit(c) || c == '/')) return -1;
        }
        return -1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isSuperscript(char c) {
        return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || (c >= '\u2070' && c <= '\u209f');
    }

    /** A character without its accents, in lower case ("É" gives "e"); letters and digits only. */
    private static String fold(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char x = d.charAt(k);
            if (Character.getType(x) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(x)) b.append(Character.toLowerCase(x));
        }
        return b.toString();
    }
}
