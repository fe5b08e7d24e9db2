package org.resograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.lexicon.Trie;

/**
 * Reads how clauses open: the phrase of a preambular paragraph; the verb, modifier and
 * addressees of an operative paragraph; and the further verbs that open new clauses inside it
 * (FORMAT.md rules 6, 8, 9, 17, 19, 22).
 */
final class ClauseReader {

    /** Words between a verb and its addressee that are not the addressee ("the", "all", "relevant"). */
    private static final Set<String> DETERMINERS = Set.of("the", "all", "those", "these", "relevant", "other", "interested",
            "concerned", "its", "their", "his", "her", "respective", "appropriate", "competent", "such", "any", "each",
            "both", "also", "further", "again", "once", "strongly", "urgently", "in", "particular", "especially",
            "including", "inter", "alia", "as", "well", "and", "or", "more", "most", "individual", "national");
    /** Words after which a single verb form is a noun ("requests for assistance"). */
    private static final Set<String> NOUN_CUES = Set.of("for", "from", "of", "by", "made", "received", "submitted", "under", "at", "in", "on");
    /** Words that, before a verb form, make it the verb of a subordinate clause. */
    private static final Set<String> SUBORDINATE = Set.of("which", "that", "who", "whom", "whose", "it", "he", "she", "this",
            "where", "when", "while", "as", "if", "because", "since");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final LinkContext ctx;

    ClauseReader(LinkContext ctx) {
        this.lexicon = ctx.lexicon;
        this.gazetteer = ctx.gazetteer;
        this.ctx = ctx;
    }

    // --- preamble -------------------------------------------------------------------------

    /** The opening phrase and its clause kind. */
    String[] preamblePhrase(Unit u) {
        List<Token> t = u.tokens();
        if (t.isEmpty()) return new String[] {"", "other"};
        int i = 0;
        while (i < t.size() - 1 && (lexicon.isPreambleAdverb(t.get(i)) || lexicon.isModifier(t.get(i)))) i++;
        String kind = "other";
        Trie.Hit<Lexicon.PreambleHead> head = lexicon.preambleHeadAt(t, i);
        if (head != null) {
            kind = head.value().clauseKind();
            i = head.end();
        } else {
            i++;
        }
        for (int round = 0; round < 3 && i < t.size(); round++) {
            if (lexicon.isModifier(t.get(i)) || lexicon.isPreambleAdverb(t.get(i)) && !t.get(i).isCapitalised()) {
                i++;
                continue;
            }
            Trie.Hit<String> c = lexicon.complementAt(t, i);
            if (c != null) {
                i = c.end();
                continue;
            }
            break;
        }
        String phrase = u.plain().substring(t.get(0).start(), t.get(Math.min(i, t.size()) - 1).end());
        return new String[] {phrase, kind};
    }

    // --- operative ------------------------------------------------------------------------

    /** The first verb of an operative paragraph, or null. */
    record Opening(Lexicon.Verb verb, String lemma, String modifier, int verbStart, int verbEnd) {}

    Opening opening(Unit u) {
        List<Token> t = u.tokens();
        if (t.isEmpty()) return null;
        if (t.get(0).raw().equals("We")) return declarationOpening(u);
        int i = 0;
        String modifier = null;
        Trie.Hit<String> adv;
        while ((adv = lexicon.operativeAdverbAt(t, i)) != null) {
            modifier = modifierOf(adv.value(), modifier);
            i = adv.end();
        }
        Trie.Hit<Lexicon.Verb> v = verbAt(t, i);
        if (v == null && i < t.size() && t.get(i).raw().endsWith("ing")) {
            // "Noting ..., decides": the verb follows the participle clause.
            for (int j = i + 1; j < t.size(); j++) {
                if (!u.plain().substring(t.get(j - 1).end(), t.get(j).start()).contains(",")) continue;
                Trie.Hit<Lexicon.Verb> w = verbAt(t, j);
                if (w != null && t.get(j).isLowerCase() && t.get(j).raw().endsWith("s")) {
                    v = w;
                    i = j;
                    break;
                }
            }
        }
        if (v == null) {
            if (i < t.size() && t.get(i).isCapitalised() && t.get(i).raw().length() > 3 && t.get(i).raw().endsWith("s")) {
                String lemma = t.get(i).raw().toLowerCase();
                return new Opening(null, lemma, modifier, i, i + 1);
            }
            return null;
        }
        int end = v.end();
        // "Calls again upon", "Requests also": a modifier after the verb.
        for (int j = i + 1; j < Math.min(t.size(), end + 1); j++) {
            if (!lexicon.isModifier(t.get(j))) continue;
            // "Requests also the Secretary-General"; not "urges further and increased support".
            String next = j + 1 < t.size() ? t.get(j + 1).key() : "";
            boolean adjective = t.get(j).key().equals("further") && !next.equals("the") && !next.equals("that") && !next.equals("to")
                    && !u.plain().substring(t.get(j).end(), Math.min(u.plain().length(), t.get(j).end() + 1)).equals(",");
            if (!adjective && !next.equals("and") && !next.equals("or")) modifier = modifierOf(t.get(j).key(), modifier);
        }
        return new Opening(v.value(), v.value().lemma(), modifier, i, end);
    }

    /**
     * A paragraph of an adopted declaration speaks in the first person: "We request the
     * Secretary-General ...", "We, Heads of State and Government, ..., reaffirm ..." (rule 21).
     */
    private Opening declarationOpening(Unit u) {
        List<Token> t = u.tokens();
        String s = u.plain();
        for (int i = 1; i < Math.min(t.size(), 60); i++) {
            Token tok = t.get(i);
            if (!tok.isLowerCase()) continue;
            String gap = s.substring(t.get(i - 1).end(), tok.start());
            if (i > 1 && !gap.contains(",")) continue;
            int j = i;
            String modifier = null;
            while (j < t.size() && lexicon.isModifier(t.get(j))) {
                modifier = modifierOf(t.get(j).key(), modifier);
                j++;
            }
            Trie.Hit<Lexicon.Verb> v = verbAt(t, j);
            if (v != null && !t.get(j).raw().endsWith("ing")) return new Opening(v.value(), v.value().lemma(), modifier, j, v.end());
        }
        return null;
    }

    /** A verb at a token, also when a modifier splits it ("Calls again upon"). */
    Trie.Hit<Lexicon.Verb> verbAt(List<Token> t, int i) {
        if (i >= t.size()) return null;
        Trie.Hit<Lexicon.Verb> direct = lexicon.verbAt(t, i);
        if (i + 2 < t.size() && lexicon.isModifier(t.get(i + 1))) {
            List<Token> joined = List.of(t.get(i), t.get(i + 2));
            Trie.Hit<Lexicon.Verb> split = lexicon.verbAt(joined, 0);
            if (split != null && split.end() == 2 && (direct == null || direct.end() - i < 2)) {
                return new Trie.Hit<>(i, i + 3, split.value());
            }
        }
        return direct;
    }

    private static String modifierOf(String word, String current) {
        String w = word.toLowerCase();
        if (w.endsWith("again")) return "again";
        if (w.equals("also") || w.equals("further")) return current == null ? w : current;
        return current;
    }

    /** Whom the verb at tokens [verbStart, verbEnd) addresses; empty when it addresses no one. */
    List<String> addressees(Unit u, Lexicon.Verb verb, int verbEnd) {
        List<String> out = new ArrayList<>();
        if (verb == null || !verb.addresses()) return out;
        List<Token> t = u.tokens();
        int j = verbEnd;
        if (!verb.addresseeNouns().isEmpty()) {
            // The lexicon says it addresses someone only through a noun: "Reiterates its request
            // to X", "Expresses its appreciation to X".
            int k = j;
            if (k < t.size() && (t.get(k).key().equals("its") || t.get(k).key().equals("their"))) k++;
            boolean ok = false;
            while (k < t.size() && k < j + 5) {
                String key = t.get(k).key();
                if (verb.addresseeNouns().contains(key)) ok = true;
                if (key.equals("to") && ok) {
                    j = k + 1;
                    break;
                }
                k++;
            }
            if (!ok || j == verbEnd) return out;
        } else if (!verb.addresseeMarkers().isEmpty()) {
            // "Appeals to X", "Recommends that X": a word the lexicon lists may come first.
            if (j < t.size() && verb.addresseeMarkers().contains(t.get(j).key())) j++;
            else if (verb.markerRequired()) return out;
        }
        while (j < t.size()) {
            Actor a = actorAt(u, j);
            int skipped = j;
            while (a == null && skipped < t.size() && DETERMINERS.contains(t.get(skipped).key()) && skipped < j + 4) {
                skipped++;
                a = actorAt(u, skipped);
            }
            if (a == null) break;
            if (!out.contains(a.id)) out.add(a.id);
            j = a.end;
            if (j >= t.size()) break;
            String key = t.get(j).key();
            if (key.equals("and") || key.equals("or")) {
                j++;
                continue;
            }
            if (key.equals("as") && j + 2 < t.size() && t.get(j + 1).key().equals("well") && t.get(j + 2).key().equals("as")) {
                j += 3;
                continue;
            }
            if (u.plain().substring(t.get(j - 1).end(), t.get(j).start()).contains(",")) continue;
            break;
        }
        return out;
    }

    private record Actor(String id, int end) {}

    /** An addressee starting at token {@code i}: a named actor, "the Government of X", or a back-reference. */
    private Actor actorAt(Unit u, int i) {
        List<Token> t = u.tokens();
        if (i >= t.size()) return null;
        if (t.get(i).key().equals("government") || t.get(i).key().equals("governments")) {
            if (i + 2 < t.size() && t.get(i + 1).key().equals("of")) {
                int k = i + 2;
                if (t.get(k).key().equals("the") && k + 1 < t.size()) k++;
                Trie.Hit<Gazetteer.Name> s = longest(t, k, EntityKind.STATE);
                if (s != null) return new Actor(s.value().entity().id(), s.end());
            }
        }
        Trie.Hit<Gazetteer.Name> best = null;
        for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(t, i, ctx.documentYear())) {
            if (h.value().entity().kind().isActor() && (best == null || h.end() > best.end())) best = h;
        }
        if (best != null) {
            Entity e = best.value().entity();
            return new Actor(e.id(), best.end());
        }
        if (i > 0 && t.get(i - 1).key().equals("the")) {
            Trie.Hit<String> head = lexicon.backReferenceHeadAt(t, i);
            if (head != null && t.get(i).isCapitalised()) {
                Entity e = ctx.backReference(head.value());
                if (e != null) return new Actor(e.id(), head.end());
            }
        }
        return null;
    }

    private Trie.Hit<Gazetteer.Name> longest(List<Token> t, int i, EntityKind kind) {
        Trie.Hit<Gazetteer.Name> best = null;
        for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(t, i, ctx.documentYear())) {
            if (h.value().entity().kind() == kind && (best == null || h.end() > best.end())) best = h;
        }
        return best;
    }

    /** Further verbs that open a new clause whose subject is the acting body (rule 6). */
    List<Trie.Hit<Lexicon.Verb>> otherVerbs(Unit u, int from) {
        List<Trie.Hit<Lexicon.Verb>> out = new ArrayList<>();
        List<Token> t = u.tokens();
        String s = u.plain();
        for (int i = from; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isLowerCase()) continue;
            Trie.Hit<Lexicon.Verb> v = verbAt(t, i);
            if (v == null || !tok.raw().endsWith("s")) continue;
            boolean multi = v.end() - v.start() > 1;
            if (!multi && v.end() < t.size() && NOUN_CUES.contains(t.get(v.end()).key())) continue;
            if (!opensClause(t, s, i)) continue;
            out.add(v);
            i = v.end() - 1;
        }
        return out;
    }

    /** Is the word at token i preceded by a clause boundary (", and", ";", ", ") with nothing but adverbs between? */
    private boolean opensClause(List<Token> t, String s, int i) {
        int k = i - 1;
        while (k >= 0 && isAdverbial(t.get(k))) k--;
        if (k < 0) return false;
        String key = t.get(k).key();
        if (SUBORDINATE.contains(key)) return false;
        String gap = s.substring(t.get(k).end(), t.get(k + 1).start());
        if (key.equals("and")) {
            // "X and welcomes": a coordinated verb of the acting body, unless "and" joins two nouns.
            String before = s.substring(Math.max(0, t.get(k).start() - 2), t.get(k).start());
            if (before.contains(",") || before.contains(";")) return true;
            return k > 0 && !t.get(k - 1).isCapitalised();
        }
        return gap.contains(";") || gap.contains(",") && !gap.contains("\u201c") && !gap.contains("\"");
    }

    private boolean isAdverbial(Token t) {
        String k = t.key();
        return k.equals("also") || k.equals("further") || k.equals("again") || k.equals("once") || k.equals("strongly")
                || k.equals("therefore") || k.equals("moreover") || k.equals("hereby") || k.equals("urgently")
                || k.equals("in") || k.equals("this") || k.equals("regard") || k.equals("firmly") || k.equals("to")
                || k.equals("end");
    }

    /** The tokens of a phrase, for callers that match words. */
    static List<Token> tokens(String s) {
        return Tokenizer.tokens(s);
    }
}
