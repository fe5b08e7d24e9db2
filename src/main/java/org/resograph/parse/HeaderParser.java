package org.resograph.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.lexicon.Trie;

/**
 * Reads the cover of a document: the lines before the enacting line. Fields are found by their
 * shape wherever they stand (PDF converters put several on one line, or split one over two);
 * the lines left over are the agenda item's title and the document's title, told apart by the
 * anchors around them (agenda item, sponsor line, adoption line, numbered title).
 */
final class HeaderParser {

    /** One header line: its text and the block it came from (lines of one block belong together). */
    record Line(String text, int block) {}

    private static final Pattern MASTHEAD = Pattern.compile("^United Nations\\b\\s*");
    private static final String SYMBOL_CHARS = "[A-Za-z0-9.\\-]+";
    private static final Pattern DISTRIBUTION = Pattern.compile("Distr\\.?\\s*:?\\s*(General|Limited|Restricted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE = Pattern.compile(
            "Original\\s*:\\s*[A-Z][a-z]+|(?:(?:Arabic|Chinese|English|French|Russian|Spanish)(?:,\\s*|\\s+and\\s+))*(?:Arabic|Chinese|English|French|Russian|Spanish)\\s+only");
    private static final Pattern JOB = Pattern.compile("(?:[A-Z]{1,3}\\.)?\\d{2}-\\d{5}\\s*\\([A-Z]\\)|\\b[A-Z]{1,3}\\.\\d{2}-\\d{5}\\b");
    private static final Pattern SESSION = Pattern.compile(
            "\\b(?:(" + Ordinals.WORD + ")|(\\d{4}))\\s+(?:regular\\s+|special\\s+|emergency special\\s+|resumed\\s+)?session\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile("([A-Z][\\p{L}'.\\- ]{1,30}?),\\s*$");
    private static final Pattern AGENDA = Pattern.compile(
            "(?:(?:Provisional|Revised)\\s+)?[Aa]genda\\s+items?\\s+(\\d+(?:\\s*\\([a-z]\\))?(?:\\s*(?:,|and)\\s*\\d+(?:\\s*\\([a-z]\\))?)*)"
            + "|\\bItems?\\s+(\\d+(?:\\s*\\([a-z]\\))?(?:\\s*(?:,|and)\\s*\\d+(?:\\s*\\([a-z]\\))?)*)\\s+of\\s+the\\s+(?:provisional\\s+|preliminary\\s+|revised\\s+|annotated\\s+)*agenda");
    private static final Pattern DOC_TYPE_LINE = Pattern.compile(
            "^(?:(.*?)\\s*:\\s*)?((?:revised\\s+)?draft\\s+(?:resolution|decision))\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "\\bThe\\s+(.+?)\\s+recommends\\s+(?:to\\s+the\\s+(.+?)\\s+)?the\\s+(?:approval|adoption)\\s+of\\s+the\\s+following\\s+"
            + "(?:revised\\s+)?(?:draft\\s+)?(?:resolution|decision)s?(?:\\s+for\\s+adoption\\s+by\\s+the\\s+(.+?))?\\s*[.:]?\\s*$");
    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(Resolution|Decision)\\s+adopted\\s+by\\s+the\\s+(.+?)\\s+on\\s*(\\d{1,2}\\s*" + Dates.MONTH + "\\s+\\d{4})"
            + "|\\bAdopted\\s+by\\s+the\\s+(.+?)(?:\\s+at\\s+its\\s+(\\d+)(?:st|nd|rd|th)\\s+meeting,?)?\\s+on\\s*(\\d{1,2}\\s*" + Dates.MONTH + "\\s+\\d{4})");
    private static final Pattern CONTEXT = Pattern.compile(
            "\\[\\s*((?:on|without)\\s+(?:the\\s+|a\\s+)?(?:report|reference|recommendation|proposal|proposals)\\b[^\\]]*)\\]");
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "^((?:S-)?\\d{1,4}/\\d{1,4}(?:\\s?[A-Z])?(?:\\s*\\([IVXL]+\\))?)\\.\\s+(\\S.*)$");
    private static final Pattern RESOLUTION_HEADING = Pattern.compile(
            "^(Resolution|Decision)\\s+((?:S-)?\\d{1,4}(?:/\\d{1,4})?(?:\\s?[A-Z])?(?:\\s*\\(\\d{4}\\))?)\\s*$");

    private final Gazetteer gazetteer;

    HeaderParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A leftover line: text no recognizer took, and where it stood. */
    private record Rest(int index, int block, String text) {}

    Header parse(List<Line> lines, String symbolHint) {
        String symbol = null;
        String distribution = null;
        LocalDate issued = null;
        String organLine = null;
        String bodyLine = null;
        Integer session = null;
        String place = null;
        LocalDate start = null;
        LocalDate end = null;
        String agendaItem = null;
        String agendaInline = null;
        int agendaAt = -1;
        String sponsorText = null;
        String documentType = null;
        String resolutionNumber = null;
        String numberedTitle = null;
        LocalDate adopted = null;
        String adoptionLine = null;
        String adoptionContext = null;
        List<String> recommendations = new ArrayList<>();
        int lastAnchor = -1;
        List<Rest> rests = new ArrayList<>();

        List<Line> joined = joinWrappedSentences(lines);
        for (int i = 0; i < joined.size(); i++) {
            String s = joined.get(i).text().strip();
            int block = joined.get(i).block();
            if (s.isEmpty()) continue;
            if (i < 3) s = MASTHEAD.matcher(s).replaceFirst("");

            Matcher m;
            if ((m = CONTEXT.matcher(s)).find()) {
                adoptionContext = m.group(1).replaceAll("\\s+", " ").strip();
                s = cut(s, m);
                lastAnchor = i;
            }
            if ((m = ADOPTION.matcher(s)).find()) {
                adoptionLine = m.group().strip();
                String date = m.group(3) != null ? m.group(3) : m.group(6);
                adopted = Dates.first(date.replaceAll("(\\d)(" + Dates.MONTH + ")", "$1 $2"));
                documentType = m.group(1) != null && m.group(1).equals("Decision") ? "decision" : "resolution";
                s = cut(s, m);
                lastAnchor = i;
            }
            if ((m = RECOMMENDATION.matcher(s)).find()) {
                recommendations.add(m.group().strip());
                s = cut(s, m);
                lastAnchor = i;
            }
            if ((m = RESOLUTION_HEADING.matcher(s)).find()) {
                resolutionNumber = m.group(2).replaceAll("\\s*\\(\\d{4}\\)", "").strip();
                if (documentType == null) documentType = m.group(1).toLowerCase();
                s = "";
                lastAnchor = i;
            }
            if (symbol == null && (m = symbolPattern().matcher(s)).find() && (i < 4 || s.equals(m.group().strip()))) {
                symbol = m.group(1).replaceAll("\\s+(?!\\()", "").replaceAll("\\s*\\(", " (");
                s = cut(s, m);
            }
            if ((m = DISTRIBUTION.matcher(s)).find()) {
                distribution = capitalise(m.group(1));
                s = cut(s, m);
            }
            if ((m = LANGUAGE.matcher(s)).find()) s = cut(s, m);
            while ((m = JOB.matcher(s)).find()) s = cut(s, m);
            if (session == null && (m = SESSION.matcher(s)).find()) {
                Integer n = m.group(2) != null ? Integer.valueOf(m.group(2)) : Ordinals.parse(m.group(1));
                if (n != null) {
                    session = n;
                    s = cut(s, m);
                }
            }
            if (start == null && (m = Dates.RANGE.matcher(s)).find()) {
                LocalDate[] r = Dates.range(m);
                start = r[0];
                end = r[1];
                Matcher pm = PLACE.matcher(s.substring(0, m.start()));
                if (pm.find()) {
                    place = pm.group(1).strip();
                    s = s.substring(0, pm.start()) + " " + s.substring(m.end());
                } else {
                    s = cut(s, m);
                }
            }
            if (agendaItem == null && (m = AGENDA.matcher(s)).find()) {
                agendaItem = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", " ").replaceAll("(\\d)\\(", "$1 (");
                String after = s.substring(m.end()).replaceFirst("^[\\s*:.]+", "").strip();
                if (!after.isEmpty()) agendaInline = after;
                s = s.substring(0, m.start());
                agendaAt = i;
                lastAnchor = i;
            }
            if (sponsorText == null && (m = DOC_TYPE_LINE.matcher(s)).find() && looksLikeSponsorLine(m)) {
                documentType = m.group(2).toLowerCase().replaceAll("\\s+", " ");
                String sponsors = m.group(1) == null ? "" : m.group(1).strip();
                if (!sponsors.isEmpty()) sponsorText = sponsors;
                s = m.group(3) == null ? "" : m.group(3).replaceFirst("^\\s*(submitted by .*)?$", "");
                lastAnchor = i;
            }
            if ((m = NUMBERED_TITLE.matcher(s)).find() && resolutionNumber == null) {
                resolutionNumber = m.group(1).replaceAll("\\s+", " ");
                numberedTitle = m.group(2).strip();
                s = "";
                lastAnchor = i;
            }
            if (issued == null && (m = Dates.DATE.matcher(s)).find() && s.replace(m.group(), "").isBlank()) {
                issued = Dates.of(m.group(1), m.group(2), m.group(3));
                s = cut(s, m);
            }
            s = s.strip();
            if (s.isEmpty()) continue;
            String bodyName = wholeBodyName(s);
            if (bodyName != null) {
                if (organLine == null && isPrincipalOrgan(bodyName)) {
                    organLine = s;
                    continue;
                }
                if (bodyLine == null && agendaAt < 0 && lastAnchor < 0) {
                    bodyLine = s;
                    continue;
                }
            }
            rests.add(new Rest(i, block, s));
        }

        // Leftover lines: the agenda title follows the agenda item, the title comes last.
        String agendaTitle = null;
        String title = numberedTitle;
        List<List<Rest>> units = units(rests);
        List<Rest> titleUnit = null;
        List<List<Rest>> afterLastAnchor = new ArrayList<>();
        for (List<Rest> u : units) if (u.get(0).index() > lastAnchor) afterLastAnchor.add(u);
        if (title == null && !afterLastAnchor.isEmpty()) {
            titleUnit = afterLastAnchor.get(afterLastAnchor.size() - 1);
            title = text(titleUnit);
        } else if (title != null && !afterLastAnchor.isEmpty()) {
            // A numbered title wrapped over lines: the rest of it is left over right after.
            titleUnit = afterLastAnchor.get(0);
            title = title + " " + text(titleUnit);
        }
        if (agendaAt >= 0) {
            List<Rest> first = null;
            for (List<Rest> u : units) {
                if (u.get(0).index() > agendaAt && u != titleUnit) {
                    first = u;
                    break;
                }
            }
            if (agendaInline == null) {
                if (first != null) agendaTitle = text(first);
            } else {
                // The title printed on the agenda line, or cut short there and printed whole on the next line.
                agendaTitle = first != null && startsLike(text(first), agendaInline) ? text(first) : agendaInline;
            }
        }
        if (agendaTitle == null && agendaInline != null) agendaTitle = agendaInline;
        if (symbol == null) symbol = symbolHint;
        return new Header(symbol, distribution, issued, organLine, bodyLine, session, place, start, end,
                agendaItem, clean(agendaTitle), sponsorText, documentType, clean(title), resolutionNumber,
                adopted, adoptionLine, adoptionContext, List.copyOf(recommendations));
    }

    /** Recommendation sentences and bracketed context lines can wrap; join a block's lines before reading them. */
    private static List<Line> joinWrappedSentences(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            String t = l.text();
            int j = i + 1;
            // A line wrapped by a converter: the next line of the block goes on in lower case.
            while (j < lines.size() && lines.get(j).block() == l.block()
                    && (startsLowerCase(lines.get(j).text()) || endsUnfinished(t))) {
                t = t + " " + lines.get(j).text();
                j++;
            }
            boolean open = t.contains("[") && !t.contains("]");
            boolean recommends = t.matches(".*\\brecommends\\b.*") && !t.strip().endsWith(":") && !t.strip().endsWith(".");
            // A sponsor list wrapped over lines: "Andorra, Australia, ...,\nPeru and Philippines: revised draft resolution".
            boolean sponsors = (t.strip().endsWith(",") || t.strip().endsWith(" and") || t.strip().endsWith(":")) && sponsorLineFollows(lines, j - 1);
            while (j < lines.size() && lines.get(j).block() == l.block() && (open || recommends || sponsors)) {
                t = t + " " + lines.get(j).text();
                open = t.contains("[") && !t.contains("]");
                recommends = recommends && !t.strip().endsWith(":") && !t.strip().endsWith(".");
                sponsors = sponsors && !DOC_TYPE_LINE.matcher(lines.get(j).text()).find();
                j++;
            }
            out.add(new Line(t, l.block()));
            i = j;
        }
        return out;
    }

    /** "... on 17 December" / "... of the": a line that cannot end there. */
    private static boolean endsUnfinished(String s) {
        return s.strip().matches("(?s).*(?:\\b(?:on|of|the|and|at|by|to|in|for)|\\d{1,2}\\s+" + Dates.MONTH + ")$");
    }

    private static boolean startsLowerCase(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    /** Does a sponsor line ("X, Y and Z: draft resolution") end in the next lines of the same block? */
    private static boolean sponsorLineFollows(List<Line> lines, int i) {
        boolean colon = lines.get(i).text().strip().endsWith(":");
        for (int j = i + 1; j < lines.size() && j < i + 6 && lines.get(j).block() == lines.get(i).block(); j++) {
            String t = lines.get(j).text().strip();
            Matcher m = DOC_TYPE_LINE.matcher(t);
            if (m.find() && (m.group(1) != null || colon)) return true;
            if (!(t.endsWith(",") || t.endsWith(" and") || t.endsWith(":"))) return false;
            colon = t.endsWith(":");
        }
        return false;
    }

    private static boolean looksLikeSponsorLine(Matcher m) {
        String sponsors = m.group(1);
        String rest = m.group(3) == null ? "" : m.group(3).strip();
        if (sponsors == null) return rest.isEmpty() || rest.matches("(?i)(submitted by|\\*).*");
        return rest.isEmpty() || rest.matches("[*\\s]*");
    }

    /** The name of a body when the whole line is one. */
    private String wholeBodyName(String s) {
        List<Token> tokens = Tokenizer.tokens(s);
        if (tokens.isEmpty() || tokens.size() > 20) return null;
        int from = tokens.get(0).key().equals("the") ? 1 : 0;
        for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(tokens, from)) {
            if (h.end() == tokens.size() && h.value().entity().kind() == EntityKind.BODY) return h.value().entity().id();
        }
        return null;
    }

    private boolean isPrincipalOrgan(String id) {
        org.resograph.lexicon.Entity e = gazetteer.body(id);
        return e != null && "principal-organ".equals(e.type());
    }

    /** Does {@code full} begin with the words of {@code cut}, whose last word may be cut short? */
    private static boolean startsLike(String full, String cut) {
        String c = cut.replaceAll("\\s+", " ").strip();
        int lastSpace = c.lastIndexOf(' ');
        String head = lastSpace > 0 ? c.substring(0, lastSpace) : c;
        String f = full.replaceAll("\\s+", " ");
        return f.startsWith(head) && f.length() >= c.length() && f.startsWith(c.substring(0, Math.min(c.length(), f.length())));
    }

    private static List<List<Rest>> units(List<Rest> rests) {
        List<List<Rest>> units = new ArrayList<>();
        for (Rest r : rests) {
            if (!units.isEmpty()) {
                List<Rest> last = units.get(units.size() - 1);
                Rest prev = last.get(last.size() - 1);
                if (prev.block() == r.block() && prev.index() == r.index() - 1) {
                    last.add(r);
                    continue;
                }
            }
            List<Rest> u = new ArrayList<>();
            u.add(r);
            units.add(u);
        }
        return units;
    }

    private static String text(List<Rest> unit) {
        StringBuilder b = new StringBuilder();
        for (Rest r : unit) {
            if (b.length() > 0) b.append(' ');
            b.append(r.text());
        }
        return b.toString();
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip().replaceAll("\\s*\\*+$", "");
        return t.isEmpty() ? null : t;
    }

    private static String cut(String s, Matcher m) {
        return (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
    }

    private static Pattern symbolPattern() {
        return SYMBOL;
    }

    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/])((?:A|E|S|ST|UNEP|CTOC|CAC|TD|DP)(?:/" + SYMBOL_CHARS + ")+(?:\\s*\\(\\d{4}\\))?)");
}
