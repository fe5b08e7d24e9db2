package org.resograph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Trie;

/**
 * Finds the names of the reference data in a unit and decides which count (FORMAT.md rules 3,
 * 4 and 16): the longest name wins where names overlap; inside a body's name, other bodies and
 * instruments count; inside a treaty's or instrument's name, only instruments; inside a quoted
 * title, only instruments.
 */
final class NameFinder {

    /** A name that counts, and the name of the reference data it matched. */
    record Found(Entity entity, int firstToken, int endToken, int start, int end, boolean nested, Gazetteer.Name name) {}

    private final Gazetteer gazetteer;
    private final Set<String> possessiveBare;
    /** The year of the document, by which dated State names are read; null if unknown. */
    private final Integer year;

    NameFinder(Gazetteer gazetteer, Set<String> possessiveBare, Integer year) {
        this.gazetteer = gazetteer;
        this.possessiveBare = possessiveBare;
        this.year = year;
    }

    List<Found> find(Unit u, List<int[]> titleSpans) {
        List<Token> tokens = u.tokens();
        List<Trie.Hit<Gazetteer.Name>> hits = gazetteer.names(tokens, year);
        hits.sort(Comparator.<Trie.Hit<Gazetteer.Name>>comparingInt(Trie.Hit::start)
                .thenComparing(Comparator.<Trie.Hit<Gazetteer.Name>>comparingInt(Trie.Hit::end).reversed()));
        List<Trie.Hit<Gazetteer.Name>> top = new ArrayList<>();
        int reach = -1;
        for (Trie.Hit<Gazetteer.Name> h : hits) {
            if (h.start() >= reach) {
                top.add(h);
                reach = h.end();
            }
        }
        List<Found> out = new ArrayList<>();
        for (Trie.Hit<Gazetteer.Name> h : hits) {
            Trie.Hit<Gazetteer.Name> container = containing(top, h);
            boolean isTop = container == h;
            if (!isTop && (container.start() == h.start() && container.end() == h.end())) {
                // Same words, another entity (a name shared by two rows): keep both, the linker disambiguates.
                isTop = true;
            }
            Entity e = h.value().entity();
            if (!isTop && !countsInside(container.value().entity().kind(), e.kind())) continue;
            if (!isTop && isFirstWordOf(h, container, tokens)) continue;
            int start = tokens.get(h.start()).start();
            int end = tokens.get(h.end() - 1).end();
            if (inside(titleSpans, start, end) && (e.kind().isBodyLike() || e.kind() == EntityKind.TREATY)) continue;
            if (possessiveBare.contains(h.value().label()) && isBareAfterOf(h, tokens, u.plain())) continue;
            out.add(new Found(e, h.start(), h.end(), start, end, !isTop, h.value()));
        }
        out.addAll(elliptical(u, top, titleSpans));
        return out;
    }

    private static final Set<String> LINKS = Set.of("on", "against", "for", "of", "to", "in");

    /**
     * Names shared out over a plural head: "its Global Programmes on Trafficking in Persons and
     * Violence against Children and Cybercrime" names three programmes, "the Special
     * Rapporteurs on X and on Y" two rapporteurs. The plural is read as the singular, and each
     * coordinated part after the linking word is tried with the words before it.
     */
    private List<Found> elliptical(Unit u, List<Trie.Hit<Gazetteer.Name>> top, List<int[]> titleSpans) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = u.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String raw = t.raw();
            if (!t.isCapitalised() || raw.length() < 4 || !raw.endsWith("s") || coveredByTop(top, i)) continue;
            String singular = raw.endsWith("es") && !raw.endsWith("mmes") && !raw.endsWith("ees") ? raw.substring(0, raw.length() - 2) : raw.substring(0, raw.length() - 1);
            List<Token> virtual = new ArrayList<>(tokens);
            virtual.set(i, new Token(t.start(), t.end(), singular, org.resograph.lexicon.Tokenizer.key(singular)));
            if (raw.endsWith("es") && gazetteer.namesAt(virtual, Math.max(0, i - 3), year).isEmpty()) {
                String s1 = raw.substring(0, raw.length() - 1);
                virtual.set(i, new Token(t.start(), t.end(), s1, org.resograph.lexicon.Tokenizer.key(s1)));
            }
            for (int j = Math.max(0, i - 3); j <= i; j++) {
                Trie.Hit<Gazetteer.Name> best = null;
                for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(virtual, j, year)) {
                    if (h.end() > i && (best == null || h.end() > best.end())) best = h;
                }
                if (best == null) continue;
                add(out, best.value(), tokens, j, best.end(), titleSpans);
                int link = -1;
                for (int k = i + 1; k < best.end(); k++) if (LINKS.contains(tokens.get(k).key())) { link = k; break; }
                if (link < 0) break;
                List<Token> stem = virtual.subList(j, link + 1);
                int k = best.end();
                while (k + 1 < tokens.size() && (tokens.get(k).key().equals("and") || tokens.get(k).key().equals("or")
                        || u.plain().substring(tokens.get(k - 1).end(), tokens.get(k).start()).contains(","))) {
                    int from = tokens.get(k).key().equals("and") || tokens.get(k).key().equals("or") ? k + 1 : k;
                    if (from < tokens.size() && tokens.get(from).key().equals(tokens.get(link).key())) from++;
                    List<Token> joined = new ArrayList<>(stem);
                    joined.addAll(tokens.subList(from, tokens.size()));
                    Trie.Hit<Gazetteer.Name> part = null;
                    for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(joined, 0, year)) {
                        if (h.end() > stem.size() && (part == null || h.end() > part.end())) part = h;
                    }
                    if (part == null) break;
                    int end = from + part.end() - stem.size();
                    add(out, part.value(), tokens, from, end, titleSpans);
                    k = end;
                }
                break;
            }
        }
        return out;
    }

    private static boolean coveredByTop(List<Trie.Hit<Gazetteer.Name>> top, int i) {
        for (Trie.Hit<Gazetteer.Name> h : top) if (h.start() <= i && i < h.end()) return true;
        return false;
    }

    private static void add(List<Found> out, Gazetteer.Name name, List<Token> tokens, int first, int end, List<int[]> titleSpans) {
        Entity e = name.entity();
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        if (inside(titleSpans, start, stop) && (e.kind().isBodyLike() || e.kind() == EntityKind.TREATY)) return;
        for (Found f : out) if (f.entity() == e && f.start() == start) return;
        out.add(new Found(e, first, end, start, stop, false, name));
    }

    private static Trie.Hit<Gazetteer.Name> containing(List<Trie.Hit<Gazetteer.Name>> top, Trie.Hit<Gazetteer.Name> h) {
        for (Trie.Hit<Gazetteer.Name> t : top) {
            if (t == h) return t;
            if (t.start() <= h.start() && h.end() <= t.end()) return t;
        }
        return h;
    }

    /**
     * A one-word name at the start of a longer name and followed there by "of" is only that
     * name's first word: "Commonwealth" in "Commonwealth of Independent States" is not the
     * Commonwealth. (A nested name of several words, "the Working Group on Trafficking in
     * Persons of the Conference of the Parties", is a name of its own: rule 3.)
     */
    private static boolean isFirstWordOf(Trie.Hit<Gazetteer.Name> h, Trie.Hit<Gazetteer.Name> container, List<Token> tokens) {
        return h.start() == container.start() && h.end() - h.start() == 1 && h.end() < container.end()
                && tokens.get(h.end()).key().equals("of");
    }

    /** Which names count inside which (rules 3 and 4). */
    private static boolean countsInside(EntityKind outer, EntityKind inner) {
        if (inner == EntityKind.INSTRUMENT) return outer != EntityKind.STATE && outer != EntityKind.GROUP;
        if (inner.isBodyLike()) return outer.isBodyLike();
        return false;
    }

    /**
     * "the rules and procedures of the United Nations": a bare name after "of", or a bare name
     * that is only the start of a longer proper name the data does not know, is no mention.
     */
    private static final Set<String> STANDS_ALONE_BEFORE = Set.of("and", "or", "to", "in", "at", "on", "with", "for", "by",
            "as", "has", "have", "is", "are", "was", "were", "will", "shall", "should", "must", "may", "can", "itself",
            "its", "that", "which", "who", "also", "further", "from", "through", "under", "within", "since", "but", "nor");

    /**
     * "the rules and procedures of the United Nations", "United Nations resolutions": a bare name
     * after "of", or used before a noun, is no mention of the body; it counts where the body acts
     * or is addressed.
     */
    private static boolean isBareAfterOf(Trie.Hit<Gazetteer.Name> h, List<Token> tokens, String text) {
        int before = h.start() - 1;
        if (before >= 0 && tokens.get(before).key().equals("the")) before--;
        // "of the United Nations" (whose), "at the United Nations" (where): no body acting.
        if (before >= 0 && (tokens.get(before).key().equals("of") || tokens.get(before).key().equals("at"))) return true;
        if (h.end() >= tokens.size()) return false;
        String gap = text.substring(tokens.get(h.end() - 1).end(), tokens.get(h.end()).start());
        return gap.isBlank() && !STANDS_ALONE_BEFORE.contains(tokens.get(h.end()).key());
    }

    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (start >= s[0] && end <= s[1]) return true;
        return false;
    }
}
