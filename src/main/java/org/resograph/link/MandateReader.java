package org.resograph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Trie;
import org.resograph.parse.Ordinals;

/**
 * Mandates, reporting obligations and funding conditions of operative paragraphs (FORMAT.md
 * rules 10, 11 and 19).
 */
final class MandateReader {

    /** A verb of a paragraph with whom it addresses and the span of its clause. */
    record VerbSpan(Lexicon.Verb verb, String lemma, List<String> addressees, int start, int end) {}

    private static final Pattern REPORT_VERB = Pattern.compile(
            "\\bto\\s+(?:(?:prepare|continue|present|submit)\\s+(?:and\\s+|to\\s+)?)?(report|submit|present|provide|inform|brief|update|keep|transmit)\\b");
    private static final Pattern SESSION = Pattern.compile(
            "\\b(?:at|to|during|for consideration at)\\s+(?:its|the)\\s+(" + Ordinals.WORD + "|\\d{4})\\s+(?:regular\\s+|special\\s+)?sessions?\\b");

    private final LinkContext ctx;
    private final Gazetteer gazetteer;

    MandateReader(LinkContext ctx) {
        this.ctx = ctx;
        this.gazetteer = ctx.gazetteer;
    }

    List<Mandate> mandates(Unit u, Integer paragraph, List<VerbSpan> verbs, List<String[]> funding) {
        List<Mandate> out = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String[] f : funding) {
            if (!concepts.contains(f[0])) concepts.add(f[0]);
            if (!texts.contains(f[1])) texts.add(f[1]);
        }
        for (VerbSpan v : verbs) {
            if (v.verb() == null || !v.verb().mandate()) continue;
            for (String id : v.addressees()) {
                Entity e = gazetteer.body(id);
                if (e == null || !e.kind().isBodyLike() || !e.unSystem()) continue;
                String clause = u.plain().substring(v.start(), v.end()).strip();
                out.add(new Mandate(paragraph, u.part(), v.lemma(), id, clause, List.copyOf(concepts), List.copyOf(texts),
                        u.source(v.start()), u.source(Math.max(v.start(), v.end() - 1)) + 1));
            }
        }
        return out;
    }

    /** Funding phrases of a text: concept id and the words. */
    List<String[]> funding(List<Token> tokens, String text) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Trie.Hit<Lexicon.Funding> h : ctx.lexicon.fundingIn(tokens)) {
            String words = text.substring(tokens.get(h.start()).start(), tokens.get(h.end() - 1).end());
            if (seen.add(h.value().concept() + "|" + words)) out.add(new String[] {h.value().concept(), words});
        }
        // "within existing resources" is also "within existing reporting obligations": keep the longest per place.
        return out;
    }

    /**
     * Reporting obligations of a verb's clause: "to submit a report to the Commission at its
     * twenty-ninth session", "to inform the Commission, at its twenty-eighth session", "to report
     * to it at its seventy-fifth session".
     */
    List<Reporting> reporting(Unit u, Integer paragraph, VerbSpan v, List<NameFinder.Found> names) {
        List<Reporting> out = new ArrayList<>();
        if (v.addressees().isEmpty()) return out;
        String s = u.plain();
        String clause = s.substring(v.start(), v.end());
        Matcher m = REPORT_VERB.matcher(clause);
        if (!m.find()) return out;
        int from = v.start() + m.start();
        int to = v.end();
        String verb = m.group(1);
        List<int[]> targets = new ArrayList<>();
        List<String> targetIds = new ArrayList<>();
        for (NameFinder.Found f : names) {
            if (f.start() < from || f.end() > to || f.nested() || !f.entity().kind().isBodyLike()) continue;
            if (v.addressees().contains(f.entity().id()) && f.start() < from) continue;
            String before = s.substring(Math.max(from, f.start() - 12), f.start());
            boolean object = before.matches("(?s).*\\bto(?:\\s+the)?\\s*$")
                    || (verb.equals("inform") || verb.equals("brief") || verb.equals("update") || verb.equals("keep"))
                    && before.matches("(?s).*\\b(?:inform|brief|update|keep)(?:\\s+the)?\\s*$");
            if (object && !targetIds.contains(f.entity().id())) {
                targets.add(new int[] {f.start(), f.end()});
                targetIds.add(f.entity().id());
            }
        }
        // Back-references: "inform the Commission", "report to the Council".
        Matcher back = Pattern.compile("\\b(?:to|inform|brief|update|keep)\\s+the\\s+([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)").matcher(s);
        back.region(from, to);
        while (back.find()) {
            if (NameFinder.inside(targets, back.start(1), back.end(1))) continue;
            for (String head : ctx.lexicon.backReferenceHeads()) {
                if (back.group(1).equals(head) || back.group(1).startsWith(head + " ")) {
                    Entity e = ctx.backReference(head);
                    if (e != null && !targetIds.contains(e.id()) && e.kind() == EntityKind.BODY) {
                        targets.add(new int[] {back.start(1), back.end(1)});
                        targetIds.add(e.id());
                    }
                    break;
                }
            }
        }
        // "to report to it", "at its seventy-fifth session": the acting body.
        Matcher sm = SESSION.matcher(s);
        sm.region(from, to);
        List<int[]> sessions = new ArrayList<>();
        while (sm.find()) {
            Integer n = sm.group(1).matches("\\d{4}") ? Integer.valueOf(sm.group(1)) : Ordinals.parse(sm.group(1));
            if (n != null) sessions.add(new int[] {sm.start(), n, sm.group().contains(" its ") ? 1 : 0});
        }
        if (targets.isEmpty() && (s.substring(from, to).matches("(?s).*\\bto\\s+it\\b.*") || !sessions.isEmpty() && sessions.get(0)[2] == 1)) {
            if (ctx.facts.actingBody() != null) {
                targets.add(new int[] {from, from});
                targetIds.add(ctx.facts.actingBody());
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            int at = targets.get(i)[1];
            int next = i + 1 < targets.size() ? targets.get(i + 1)[0] : to;
            Integer session = null;
            for (int[] ss : sessions) {
                if (ss[0] >= at && ss[0] <= Math.max(next, at) + 1 || targets.size() == 1) {
                    session = ss[1];
                    break;
                }
            }
            String reportTo = targetIds.get(i);
            Integer year = session == null ? null : session > 1900 ? session : gazetteer.sessionYear(reportTo, session);
            for (String reporter : v.addressees()) {
                out.add(new Reporting(paragraph, u.part(), reporter, reportTo, session, year,
                        u.source(from), u.source(Math.max(from, to - 1)) + 1));
            }
        }
        return out;
    }
}
