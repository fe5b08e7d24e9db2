package org.resograph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read stage: decoded text to {@link CleanText}. Drops page furniture, lifts footnote blocks
 * out of the running text (also from the middle of a sentence), turns footnote markers into
 * {@link Markers}, including plain digits glued to words ("Crime,1") where the document has a
 * footnote of that number, and resolves hyphens at line ends.
 */
public final class TextCleaner {
    private TextCleaner() {}

    private enum Kind { BLANK, FURNITURE, NOTE, NUMBERED_NOTE, TEXT }

    private static final class Line {
        final InlineCleaner.Cleaned cleaned;
        Kind kind;
        String label;
        MappedText body;

        Line(InlineCleaner.Cleaned cleaned) {
            this.cleaned = cleaned;
        }

        MappedText text() {
            return cleaned.text();
        }
    }

    /** "1 United Nations, Treaty Series ...": a footnote printed without superscript. */
    private static final Pattern NUMBERED_NOTE = Pattern.compile("^(\\d{1,3})\\s+(?=\\S)");
    /**
     * A footnote number glued to the word before it ("Crime,1", "Children2"): digits right after a
     * lower-case letter (optionally with closing punctuation), not inside a symbol like "Add.1".
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile(
            "(?<=[a-z]|[a-z][)\\]\u201d\u2019\"'.,;:]|[A-Za-z0-9][)\\]\u201d\u2019\"'][,.;:]?|[A-Za-z0-9][,;:])"
            + "(\\d{1,3})(?=[\\s,.;:)\\]]|$)"
            + "(?!\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)");
    /** "18 May 2018, entitled ...": a date that a wrap put at the start of a line, not a footnote. */
    private static final Pattern DATE_START = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}\\b");
    /** How footnotes open when their marker in the text was lost. */
    private static final Pattern NOTE_TEXT = Pattern.compile(
            "(?:See\\b|Ibid\\b|Idem\\b|Resolutions?\\s+\\d|General Assembly resolution|Economic and Social Council resolution|"
            + "Security Council resolution|United Nations, Treaty Series|Official Records|[A-Z]{1,8}(?:\\.\\d+)?/[A-Z0-9])");
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "\\b(?:No|Nos|vol|vols|para|paras|chap|art|arts|p|pp|sect|Corr|Add|Rev|e\\.g|i\\.e|Suppl|sess|ibid|Ibid)\\.$");

    public static CleanText clean(SourceText source) {
        List<Line> lines = split(source.text());
        String symbol = documentSymbol(lines);
        classify(lines, symbol);
        Set<String> numbered = acceptNumberedNotes(lines);
        if (!numbered.isEmpty()) markGluedNumbers(lines, numbered);
        return assemble(source, lines);
    }

    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            lines.add(new Line(InlineCleaner.clean(text.substring(start, end), start)));
            start = end + 1;
        }
        return lines;
    }

    private static String documentSymbol(List<Line> lines) {
        int seen = 0;
        for (Line l : lines) {
            if (l.text().isBlank()) continue;
            String s = PageFurniture.symbolOf(Markers.plain(l.text()));
            if (s != null) return s;
            if (++seen > 12) break;
        }
        return null;
    }

    private static void classify(List<Line> lines, String symbol) {
        // The symbol printed on the cover counts as seen: printed again later, it is a running head.
        boolean symbolSeen = symbol != null;
        for (Line l : lines) {
            MappedText t = l.text();
            String plain = Markers.plain(t).strip();
            if (plain.isEmpty() && !Markers.contains(t)) {
                l.kind = Kind.BLANK;
            } else if (PageFurniture.isFurniture(plain)) {
                l.kind = Kind.FURNITURE;
            } else if (PageFurniture.isRunningHead(plain, symbol) && !firstSymbolLine(lines, l)) {
                l.kind = Kind.FURNITURE;
            } else if (t.length() > 0 && t.charAt(0) == Markers.OPEN) {
                int close = t.text().indexOf(Markers.CLOSE);
                String rest = close < 0 ? "" : t.text().substring(close + 1);
                if (close > 0 && !rest.isBlank()) {
                    l.kind = Kind.NOTE;
                    l.label = t.text().substring(1, close);
                    l.body = t.subSequence(close + 1, t.length()).strip();
                } else {
                    l.kind = Kind.TEXT;
                }
            } else {
                Matcher m = NUMBERED_NOTE.matcher(t.text());
                if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                    l.kind = Kind.NUMBERED_NOTE;
                    l.label = m.group(1);
                    l.body = t.subSequence(m.end(), t.length()).strip();
                } else {
                    l.kind = Kind.TEXT;
                }
            }
        }
    }

    /** Is this the line that carries the symbol on the cover (the first one that does)? */
    private static boolean firstSymbolLine(List<Line> lines, Line line) {
        for (Line l : lines) {
            String plain = Markers.plain(l.text()).strip();
            if (plain.isEmpty()) continue;
            if (PageFurniture.symbolOf(plain) != null) return l == line;
        }
        return false;
    }

    /**
     * A line "12 Some text" is a footnote only if a marker 12 (superscript, or digits glued to a
     * word) stands earlier in the running text; otherwise it is text.
     */
    private static Set<String> acceptNumberedNotes(List<Line> lines) {
        boolean candidates = false;
        for (Line l : lines) if (l.kind == Kind.NUMBERED_NOTE) candidates = true;
        if (!candidates) return Set.of();
        Map<String, Integer> firstMarker = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind != Kind.TEXT && l.kind != Kind.NUMBERED_NOTE) continue;
            MappedText t = l.kind == Kind.NUMBERED_NOTE ? l.body : l.text();
            if (Markers.contains(t)) for (Markers.Ref r : Markers.strip(t).refs()) firstMarker.putIfAbsent(r.label(), i);
            if (!hasDigit(t.text())) continue;
            Matcher m = GLUED_NUMBER.matcher(t.text());
            while (m.find()) {
                if (!insideSymbol(t.text(), m.start())) firstMarker.putIfAbsent(m.group(1), i);
            }
        }
        Set<String> accepted = new HashSet<>();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind != Kind.NUMBERED_NOTE) continue;
            Integer at = firstMarker.get(l.label);
            int n = Integer.parseInt(l.label);
            // Footnotes come in print order and open like a sentence ("5 of the Protocol" is a wrapped line).
            boolean opensLikeNote = l.body.length() > 0 && (Character.isUpperCase(l.body.charAt(0)) || "*\u201c\"".indexOf(l.body.charAt(0)) >= 0)
                    && !DATE_START.matcher(l.body.text()).lookingAt();
            boolean marked = at != null && at < i;
            if ((marked || n == last + 1 && NOTE_TEXT.matcher(l.body.text()).lookingAt()) && n > last && opensLikeNote) {
                accepted.add(l.label);
                last = n;
            } else {
                l.kind = Kind.TEXT;
                l.body = null;
            }
        }
        return accepted;
    }

    /** Turns glued digits into markers where the document has a footnote with that number. */
    private static void markGluedNumbers(List<Line> lines, Set<String> labels) {
        for (Line l : lines) {
            if (l.kind != Kind.TEXT || !hasDigit(l.text().text())) continue;
            MappedText t = l.text();
            MappedText rewritten = Rewriter.rewrite(t, GLUED_NUMBER, m ->
                    labels.contains(m.group(1)) && !insideSymbol(t.text(), m.start())
                            ? Markers.encode(m.group(1)) : null);
            if (rewritten != t) l.body = rewritten;
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** Digits inside a symbol ("E/2002/68/Add.1", "Rev.1") or a decimal number are no marker; after a comma they are. */
    private static boolean insideSymbol(String s, int at) {
        if (at == 0) return false;
        char before = s.charAt(at - 1);
        if (before != '.' && before != '/' && before != '-' && !Character.isLetterOrDigit(before)) return false;
        int start = at;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) start--;
        String token = s.substring(start, at);
        if (token.indexOf('/') >= 0) return true;
        return before == '.' && token.matches("(?i).*\\b(?:add|rev|corr|no|nos|vol|para|art|sect|chap|p|pp|ch)\\.$");
    }

    private static MappedText textOf(Line l) {
        return l.kind == Kind.TEXT && l.body != null ? l.body : l.text();
    }

    private static CleanText assemble(SourceText source, List<Line> lines) {
        Dehyphenator dehyphen = new Dehyphenator();
        boolean hyphenatedEnds = false;
        for (Line l : lines) {
            MappedText t = textOf(l);
            if (t.length() > 0 && t.charAt(t.length() - 1) == '-') hyphenatedEnds = true;
        }
        if (hyphenatedEnds) for (Line l : lines) if (l.kind == Kind.TEXT) dehyphen.learn(Markers.plain(textOf(l)));

        List<Block> blocks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        MappedText.Builder current = null;
        boolean heading = false;
        boolean breakPending = false;
        boolean currentAfterBreak = false;
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            switch (l.kind) {
                case BLANK -> {
                    if (current != null) {
                        blocks.add(new Block(current.build(), heading, currentAfterBreak));
                        current = null;
                    }
                    i++;
                }
                case FURNITURE -> {
                    breakPending = true;
                    i++;
                }
                case NOTE, NUMBERED_NOTE -> {
                    MappedText.Builder note = new MappedText.Builder().append(l.body);
                    i++;
                    while (i < lines.size() && continuesNote(note, lines.get(i))) {
                        appendLine(note, textOf(lines.get(i)), dehyphen);
                        i++;
                    }
                    int afterBlock = blocks.size() - 1 + (current != null ? 1 : 0);
                    notes.add(new Note(l.label, note.build(), afterBlock));
                    breakPending = true;
                }
                case TEXT -> {
                    MappedText t = textOf(l);
                    if (current == null) {
                        current = new MappedText.Builder().append(t);
                        heading = l.cleaned.heading();
                        currentAfterBreak = breakPending;
                    } else {
                        appendLine(current, t, dehyphen);
                        heading = false;
                    }
                    breakPending = false;
                    i++;
                }
            }
        }
        if (current != null) blocks.add(new Block(current.build(), heading, currentAfterBreak));
        return new CleanText(source, List.copyOf(blocks), List.copyOf(notes));
    }

    /** A footnote goes on over following lines until a blank line, furniture, another note or a sentence end. */
    private static boolean continuesNote(MappedText.Builder note, Line next) {
        if (next.kind != Kind.TEXT) return false;
        int n = note.length();
        while (n > 0 && Character.isWhitespace(note.charAt(n - 1))) n--;
        if (n == 0) return true;
        char last = note.charAt(n - 1);
        if (last != '.') return true;
        StringBuilder tail = new StringBuilder();
        for (int k = Math.max(0, n - 8); k < n; k++) tail.append(note.charAt(k));
        return ABBREVIATION_END.matcher(tail).find();
    }

    /** Appends a line, resolving a hyphen at the end of the previous one. */
    private static void appendLine(MappedText.Builder b, MappedText line, Dehyphenator dehyphen) {
        int n = b.length();
        if (n >= 2 && b.charAt(n - 1) == '-' && Character.isLetter(b.charAt(n - 2))
                && line.length() > 0 && Character.isLowerCase(line.charAt(0))) {
            int ws = n - 1;
            while (ws > 0 && Character.isLetter(b.charAt(ws - 1))) ws--;
            StringBuilder left = new StringBuilder();
            for (int k = ws; k < n - 1; k++) left.append(b.charAt(k));
            int we = 0;
            while (we < line.length() && Character.isLetter(line.charAt(we))) we++;
            String right = line.subSequence(0, we).toString();
            if (dehyphen.dropHyphen(left.toString(), right)) b.setLength(n - 1);
            b.append(line);
            return;
        }
        b.appendSynthetic("\n", b.lastSourceOffset() + 1);
        b.append(line);
    }
}
