package org.resograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Trie;
import org.resograph.parse.Dates;

/**
 * Finds cited resolutions: "General Assembly resolution 72/1 of 27 September 2017", "its
 * resolutions 20/3 ... and 26/4", "Council resolutions 44/12 and 50/15", "resolution 2117 (2013)
 * and renewed in 2471 (2019)", "resolution 217 A (III)", "S-23/2". Works out the adopting body
 * from the words before the number, from the body the sentence names, or from the number's
 * form and the document's own body and session.
 */
final class ResolutionFinder {

    /** A resolution found, with an annex if one is cited ("resolution 55/25, annex II"). */
    record Found(Target.Resolution target, int start, int end, String citedAs, String annex) {}

    /** How a body numbers its resolutions; the default body of a scheme takes bare numbers of that form. */
    record Numbering(String body, String scheme, int maxSession, boolean isDefault) {}

    private static final Pattern KEYWORD = Pattern.compile("\\b([Rr]esolutions?)\\b");
    private static final Pattern ITEM = Pattern.compile(
            "\\G\\s*(S-\\d{1,2}/\\d{1,4}|\\d{1,4}/\\d{1,4}|\\d{1,4})"
            + "(?:\\s?([A-H])(?=[\\s,;.)\\]]|$)(?:\\s+and\\s+([A-H])(?=[\\s,;.)\\]]|$))?)?"
            + "(?:\\s*\\(([IVXL]{1,6}|(?:19|20)\\d{2})\\))?");
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\G(?:,?\\s*(?:sects?|paras?|chaps?|part|art|arts)\\.?\\s+[A-Z0-9IVXL]{1,4}(?:\\s*(?:and|-|–)\\s*[0-9]{1,4})?)+");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\G,\\s+(?:by which|in which|whereby|which|through which)\\b[^;.]{0,300}?(?=,\\s*(?:and\\s+)?(?:S-)?\\d{1,4}/\\d)");
    private static final Pattern POSTFIX = Pattern.compile("\\G,?\\s+of\\s+the\\s+(?=[A-Z])");
    private static final Pattern ANNEX = Pattern.compile("\\G,?\\s*(annex(?:es)?)(?:\\s+([IVXL]{1,5}|[A-Z]|\\d{1,2})(?![\\w]))?");
    private static final Pattern DATE = Pattern.compile("\\G,?\\s+of\\s+(\\d{1,2})\\s+(" + Dates.MONTH + ")\\s+(\\d{4})");
    private static final Pattern ENTITLED = Pattern.compile("\\G,?\\s+entitled\\s+[\u201c\"]([^\u201d\"]{1,400})[\u201d\"]");
    private static final Pattern ON_TITLE = Pattern.compile("\\G,?\\s+on\\s+(?=\\S)");
    private static final Pattern SEPARATOR = Pattern.compile("\\G\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|;\\s*(?:and\\s+)?)(?=(?:S-)?\\d)");
    /** Where an unquoted title ("on protecting children from bullying") ends: at the next cited number or body's resolution. */
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=(?:S-)?\\d{1,4}/\\d{1,4}\\b|\\d{1,4}\\s+\\((?:19|20)\\d{2}\\))"
            + "|,\\s*(?=(?:(?:[A-Z][\\w-]*|and|of|on|the|for)\\s+){0,10}?resolutions?\\b)|;|,\\s+(?:in which|which|by which|and\\s+(?:its|the|of)|as well as)\\b|,\\s+(?:and\\s+)?(?:also\\s+|further\\s+)?(?=[a-z]+ing\\b)|,\\s*$|\\.$");
    /** Security Council numbers printed with the year and without "resolution" ("renewed in 2471 (2019)"). */
    private static final Pattern SC_BARE = Pattern.compile("(?<![\\w/.-])(\\d{2,4})\\s+\\(((?:19|20)\\d{2})\\)");

    private final LinkContext ctx;
    private final Map<String, Numbering> numbering = new HashMap<>();
    private final List<Numbering> numberings;

    ResolutionFinder(LinkContext ctx, List<Numbering> numberings) {
        this.ctx = ctx;
        this.numberings = numberings;
        for (Numbering n : numberings) numbering.put(n.body(), n);
    }

    /** Resolutions cited in a unit; adds the spans of their titles to {@code titleSpans}. */
    List<Found> find(Unit u, List<NameFinder.Found> names, List<int[]> titleSpans) {
        String s = u.plain();
        List<Found> out = new ArrayList<>();
        if (s.indexOf("esolution") < 0 && s.indexOf('(') < 0) return out;
        List<int[]> covered = new ArrayList<>();
        Matcher k = KEYWORD.matcher(s);
        Prefix lastPrefix = null;
        int lastEnd = -1;
        while (k.find()) {
            int pos = k.end();
            Prefix prefix = prefix(u, names, k.start());
            // "Commission resolution 32/1, entitled “...”, resolution 27/2 ...": a list that repeats the word goes on.
            if (prefix == NONE && lastPrefix != null && lastEnd >= 0 && lastEnd <= k.start()
                    && s.substring(lastEnd, k.start()).matches("[\\s,;]*(?:and\\s+)?(?:also\\s+)?")) {
                prefix = lastPrefix;
            }
            List<Item> items = new ArrayList<>();
            Matcher m = ITEM.matcher(s);
            while (m.find(pos) && m.start() == pos) {
                Item it = new Item();
                it.start = m.start(1);
                it.number = m.group(1);
                it.part = m.group(2);
                it.part2 = m.group(3);
                it.paren = m.group(4);
                it.end = m.end();
                pos = m.end();
                Matcher q = QUALIFIER.matcher(s);
                if (q.find(pos)) pos = q.end();
                Matcher a = ANNEX.matcher(s);
                if (a.find(pos)) {
                    it.annex = a.group(2) == null ? "" : a.group(2);
                    pos = a.end();
                }
                Matcher d = DATE.matcher(s);
                if (d.find(pos)) {
                    it.date = Dates.of(d.group(1), d.group(2), d.group(3));
                    pos = d.end();
                }
                Matcher e = ENTITLED.matcher(s);
                if (e.find(pos)) {
                    it.title = e.group(1).strip();
                    titleSpans.add(new int[] {e.start(1), e.end(1)});
                    pos = e.end();
                } else {
                    Matcher on = ON_TITLE.matcher(s);
                    if (on.find(pos)) {
                        Matcher te = TITLE_END.matcher(s);
                        int end = te.find(on.end()) ? te.start() : s.length();
                        titleSpans.add(new int[] {on.end(), end});
                        pos = end;
                    }
                }
                items.add(it);
                Matcher post = POSTFIX.matcher(s);
                if (post.find(pos)) {
                    Prefix after = bodyStartingAt(u, names, post.end());
                    if (after != null) prefix = after;
                }
                Matcher rel = RELATIVE.matcher(s);
                if (rel.find(pos)) pos = rel.end();
                Matcher sep = SEPARATOR.matcher(s);
                if (!sep.find(pos)) break;
                pos = sep.end();
            }
            lastPrefix = items.isEmpty() ? null : prefix;
            lastEnd = pos;
            // "X and Y of 17 December 2018": a date printed once is shared by the numbers before it.
            for (int i = items.size() - 2; i >= 0; i--) {
                if (items.get(i).date == null && items.get(i + 1).date != null && items.get(i).title == null) {
                    items.get(i).date = items.get(i + 1).date;
                }
            }
            for (Item it : items) {
                for (Found f : resolve(u, it, prefix)) {
                    if (isSelf(f.target())) continue;
                    out.add(f);
                    covered.add(new int[] {it.start, it.end});
                }
            }
        }
        // Security Council resolutions cited by number and year alone.
        if (s.indexOf('(') < 0) return out;
        Matcher b = SC_BARE.matcher(s);
        while (b.find()) {
            if (NameFinder.inside(covered, b.start(), b.end())) continue;
            int n = Integer.parseInt(b.group(1));
            int year = Integer.parseInt(b.group(2));
            String single = defaultFor("single");
            if (single == null || !plausibleScNumber(n, year) || !scContext(u, s, b.start(), single)
                    || isSelf(new Target.Resolution(single, String.valueOf(n), null, null, null))) continue;
            out.add(new Found(new Target.Resolution(single, String.valueOf(n), null, null, null), u.source(b.start()),
                    u.source(b.end() - 1) + 1, b.group(), null));
        }
        return out;
    }

    private static final class Item {
        int start;
        int end;
        String number;
        String part;
        String part2;
        String paren;
        String annex;
        LocalDate date;
        String title;
    }

    /** The body named before "resolution": explicit, "its", a short form, or none. */
    private record Prefix(String body, boolean explicit, boolean its, boolean excluded) {}

    private static final Prefix NONE = new Prefix(null, false, false, false);
    private static final Prefix EXCLUDED = new Prefix(null, true, false, true);

    private Prefix prefix(Unit u, List<NameFinder.Found> names, int keywordStart) {
        List<Token> tokens = u.tokens();
        int kw = tokenAt(tokens, keywordStart);
        if (kw <= 0) return NONE;
        if (!u.plain().substring(tokens.get(kw - 1).end(), keywordStart).isBlank()) return nearbyBody(u, names, kw);
        for (NameFinder.Found f : names) {
            if (f.endToken() == kw && f.entity().kind().isBodyLike()) {
                String id = f.entity().id();
                return numbering.containsKey(id) ? new Prefix(id, true, false, false) : EXCLUDED;
            }
        }
        Token before = tokens.get(kw - 1);
        String w = before.raw();
        if (w.equals("its") || w.equals("their")) {
            Prefix near = nearbyBody(u, names, kw - 1);
            return near.body() != null || near.excluded() ? near : new Prefix(ctx.facts.actingBody(), false, true, false);
        }
        if (w.equals("Assembly") || w.equals("Council") || w.equals("Commission") || w.equals("Conference")) {
            Entity e = backReference(w, names, kw);
            if (e != null && numbering.containsKey(e.id())) return new Prefix(e.id(), true, false, false);
            if (e != null && ctx.lexicon.adoptsResolutions(e.type())) return EXCLUDED;
            String only = onlyResolutionBodyWithHead(w);
            return only != null ? new Prefix(only, true, false, false) : NONE;
        }
        // "WHA resolution", "Congress resolution", an unknown proper name: another body's resolution.
        if (before.isCapitalised() && !isOpeningWord(tokens, kw - 1) && isPartOfName(u, kw - 1)) return EXCLUDED;
        return nearbyBody(u, names, kw);
    }

    /** An acronym, or a capitalised word after another one or inside a sentence ("Organized Crime resolutions"), not "See resolution". */
    private static boolean isPartOfName(Unit u, int i) {
        List<Token> tokens = u.tokens();
        String raw = tokens.get(i).raw();
        if (raw.length() > 1 && raw.equals(raw.toUpperCase())) return true;
        if (i == 0) return false;
        String gap = u.plain().substring(tokens.get(i - 1).end(), tokens.get(i).start());
        if (gap.contains(".") || gap.contains(";") || gap.contains(":")) return false;
        return true;
    }

    /** A capitalised word that opens a clause ("Recalling resolution", "Also recalls resolution") is no body name. */
    private boolean isOpeningWord(List<Token> tokens, int i) {
        return ctx.lexicon.preambleHeadAt(tokens, i) != null || ctx.lexicon.verbAt(tokens, i) != null
                || ctx.lexicon.isPreambleAdverb(tokens.get(i)) || tokens.get(i).raw().endsWith("ing");
    }

    /**
     * The body named before in the same clause ("adopted by the General Assembly in its
     * resolution 72/1", "the Conference of the Parties ... taking note of resolution 9/1"): a body
     * whose resolutions are collected gives the body; another body that adopts resolutions
     * excludes the citation (rule 5).
     */
    private Prefix nearbyBody(Unit u, List<NameFinder.Found> names, int kw) {
        List<Token> tokens = u.tokens();
        String s = u.plain();
        int limit = 0;
        for (int i = kw - 1; i > 0; i--) {
            String gap = s.substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (gap.contains(";") || gap.contains(". ") && !isAbbreviation(tokens.get(i - 1).raw())) {
                limit = i;
                break;
            }
            if (tokens.get(i).isLowerCase() && tokens.get(i).raw().endsWith("ing") && ctx.lexicon.preambleHeadAt(tokens, i) != null
                    && (gap.contains(",") || tokens.get(i - 1).key().equals("and"))) {
                limit = i;
                break;
            }
        }
        NameFinder.Found best = null;
        for (NameFinder.Found f : names) {
            if (f.nested() || !f.entity().kind().isBodyLike() || f.firstToken() < limit || f.endToken() > kw) continue;
            boolean collected = numbering.containsKey(f.entity().id());
            // A body whose resolutions are collected decides only as the agent ("by the General Assembly",
            // "the request of the Council ... through its resolution"), not as an object ("reports to the Council").
            if (collected && !isAgent(u, f)) continue;
            if (collected || ctx.lexicon.adoptsResolutions(f.entity().type())) {
                if (best == null || f.endToken() > best.endToken()) best = f;
            }
        }
        if (best == null) return NONE;
        String id = best.entity().id();
        return numbering.containsKey(id) ? new Prefix(id, false, false, false) : EXCLUDED;
    }

    /** "Commission resolution 31/1": the last body with that head named before, in this paragraph or earlier. */
    private Entity backReference(String head, List<NameFinder.Found> names, int kw) {
        Entity found = null;
        for (NameFinder.Found f : names) {
            if (f.endToken() <= kw && !f.nested() && f.entity().heads().contains(head)) found = f.entity();
        }
        return found != null ? found : ctx.backReference(head);
    }

    /** "resolution 10/1 of the Conference of the Parties": the body named right after the number. */
    private Prefix bodyStartingAt(Unit u, List<NameFinder.Found> names, int at) {
        for (NameFinder.Found f : names) {
            if (f.start() != at || f.nested() || !f.entity().kind().isBodyLike()) continue;
            String id = f.entity().id();
            if (numbering.containsKey(id)) return new Prefix(id, true, false, false);
            if (ctx.lexicon.adoptsResolutions(f.entity().type())) return EXCLUDED;
        }
        return null;
    }

    private static boolean isAgent(Unit u, NameFinder.Found f) {
        List<Token> t = u.tokens();
        int i = f.firstToken() - 1;
        if (i >= 0 && t.get(i).key().equals("the")) i--;
        if (i >= 0 && (t.get(i).key().equals("by") || t.get(i).key().equals("of"))) return true;
        int after = f.endToken();
        return after + 1 < t.size() && t.get(after).key().equals("in") && t.get(after + 1).key().equals("its");
    }

    private static boolean isAbbreviation(String w) {
        return w.length() <= 4 && Character.isLowerCase(w.charAt(0)) || w.equals("No") || w.equals("Nos");
    }

    private static int tokenAt(List<Token> tokens, int charStart) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == charStart) return mid;
            if (s < charStart) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    private List<Found> resolve(Unit u, Item it, Prefix p) {
        List<Found> out = new ArrayList<>();
        if (p.excluded()) return out;
        String number = it.number;
        boolean slash = number.contains("/");
        String paren = it.paren;
        boolean roman = paren != null && paren.matches("[IVXL]+");
        boolean year = paren != null && !roman;
        String body = p.body();
        if (!slash && !roman) {
            // A number alone: a resolution of the body that numbers them so (the Security Council), if anything.
            String single = defaultFor("single");
            boolean sc = isScheme(body, "single") || year || isScheme(ctx.facts.actingBody(), "single") && body == null;
            if (single == null || !sc || Integer.parseInt(number) < 1 || (!year && !isScheme(body, "single") && Integer.parseInt(number) < 50)) return out;
            body = isScheme(body, "single") ? body : single;
        } else if (roman) {
            if (body == null || !isScheme(body, "session") && !isScheme(body, "year")) body = defaultFor("session");
        } else if (number.startsWith("S-")) {
            body = defaultFor("session");
        } else {
            int first = Integer.parseInt(number.substring(0, number.indexOf('/')));
            // A body carried over from a list before ("resolution 1325 (2000), and resolutions 57/270 B")
            // must number its resolutions this way.
            if (body == null || !p.explicit() && !fits(body, first) || !numberedLike(body, first)) body = defaultBody(first);
            if (body == null) return out;
        }
        List<String> parts = new ArrayList<>();
        parts.add(it.part);
        if (it.part2 != null) parts.add(it.part2);
        for (String part : parts) {
            StringBuilder n = new StringBuilder(number);
            if (part != null) n.append(' ').append(part);
            if (roman) n.append(" (").append(paren).append(')');
            String citedAs = u.plain().substring(it.start, it.end);
            Integer session = !roman && slash && !number.startsWith("S-") && isScheme(body, "session")
                    ? Integer.valueOf(number.substring(0, number.indexOf('/'))) : null;
            out.add(new Found(new Target.Resolution(body, n.toString(), it.date, it.title, session), u.source(it.start),
                    u.source(it.end - 1) + 1, citedAs, it.annex));
        }
        return out;
    }

    /** The document's own resolution ("Resolution 2713 (2023)" does not cite itself). */
    private boolean isSelf(Target.Resolution r) {
        DocumentFacts f = ctx.facts;
        return f.resolutionNumber() != null && r.body().equals(f.resolutionBody()) && r.number().equals(f.resolutionNumber());
    }

    /** Does the body number resolutions as session/number (or year/number for first parts over 1900)? */
    private boolean numberedLike(String body, int first) {
        Numbering n = numbering.get(body);
        if (n == null) return false;
        return first > 1900 ? "year".equals(n.scheme()) : "session".equals(n.scheme());
    }

    /** Does a session-numbered resolution fit this body at the time of the document? */
    private boolean fits(String body, int first) {
        Numbering n = numbering.get(body);
        if (n == null) return false;
        if (first > 1900) return "year".equals(n.scheme());
        if (!"session".equals(n.scheme())) return false;
        if (first > n.maxSession()) return false;
        Integer current = currentSession(body);
        return current == null || first <= current;
    }

    private Integer currentSession(String body) {
        DocumentFacts f = ctx.facts;
        if (body.equals(f.body()) && f.session() != null && f.session() < 1900) return f.session();
        LocalDate date = ctx.documentDate();
        if (date == null) return null;
        // Sessions counted from the body's first year, where the reference data knows it.
        for (int s = 1; s <= numbering.get(body).maxSession(); s++) {
            Integer y = ctx.gazetteer.sessionYear(body, s);
            if (y != null && y > date.getYear()) return s - 1;
        }
        return null;
    }

    private String defaultBody(int first) {
        if (first > 1900) return defaultFor("year");
        for (String candidate : new String[] {ctx.facts.actingBody(), ctx.facts.body()}) {
            if (candidate != null && fits(candidate, first)) return candidate;
        }
        String general = defaultFor("session");
        return general != null && first <= numbering.get(general).maxSession() ? general : null;
    }

    /** The Security Council numbered its resolutions at a roughly steady pace; reject numbers that do not fit their year. */
    static boolean plausibleScNumber(int n, int year) {
        if (year < 1946 || year > 2040 || n < 1 || n > 4000) return false;
        if (year < 1990) return n < 700;
        double expected = 660 + (year - 1990) * 63.0;
        return Math.abs(n - expected) < 450;
    }

    /** Bare "2471 (2019)" counts in Security Council texts, or right after another Council resolution. */
    private boolean scContext(Unit u, String s, int at, String single) {
        if (single.equals(ctx.facts.actingBody()) || single.equals(ctx.facts.body())) return true;
        Entity e = ctx.gazetteer.body(single);
        int from = Math.max(0, at - 120);
        return e != null && s.substring(from, at).contains(e.label());
    }

    /** The default body of a numbering scheme: the one a bare number of that form belongs to. */
    private String defaultFor(String scheme) {
        for (Numbering n : numberings) if (n.scheme().equals(scheme) && n.isDefault()) return n.body();
        return null;
    }

    private boolean isScheme(String body, String scheme) {
        Numbering n = body == null ? null : numbering.get(body);
        return n != null && n.scheme().equals(scheme);
    }

    /** "Assembly resolution 70/1": the one body whose resolutions are collected and whose name holds the word. */
    private String onlyResolutionBodyWithHead(String head) {
        String found = null;
        for (Numbering n : numberings) {
            Entity e = ctx.gazetteer.body(n.body());
            if (e != null && e.heads().contains(head)) {
                if (found != null) return null;
                found = n.body();
            }
        }
        return found;
    }
}
