package org.resograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.lexicon.Trie;
import org.resograph.parse.Document;
import org.resograph.parse.Header;

/** Resolves the cover of a document: organ, body, sponsors, acting body and the chain of recommendations. */
final class HeaderLinker {
    private static final Pattern REVISION = Pattern.compile("^(.*)/Rev\\.(\\d+)$");
    private static final Pattern RECOMMENDER = Pattern.compile("^(?:The\\s+)?(.+?)\\s+(?:recommends|Recommends|Also recommends)\\b");
    private static final Pattern FOR_ADOPTION_BY = Pattern.compile("for\\s+adoption\\s+by\\s+the\\s+(.+?)\\s*[.:]?\\s*$");
    private static final Pattern CONTEXT_RECOMMENDATION = Pattern.compile("^on\\s+the\\s+recommendation\\s+of\\s+the\\s+(.+?)\\s*(?:\\(.*)?$");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    HeaderLinker(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    DocumentFacts link(Document d, List<String> warnings) {
        Header h = d.header();
        String symbol = h.symbol();
        String revises = null;
        if (symbol != null) {
            Matcher m = REVISION.matcher(symbol);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(2));
                revises = n <= 1 ? m.group(1) : m.group(1) + "/Rev." + (n - 1);
            }
        }
        String organ = bodyId(h.organLine());
        if (organ == null && symbol != null) organ = lexicon.organOfSymbol(symbol);
        String body = bodyId(h.bodyLine());
        if (body == null && symbol != null) body = lexicon.bodyOfSymbol(symbol);
        if (body == null) body = organ;
        String acting = d.actingLine() == null ? null : bodyId(d.actingLine().replaceFirst("^The\\s+", "").replaceAll(",\\s*$", ""));
        if (acting == null) {
            acting = body;
            warnings.add("acting body not recognised" + (d.actingLine() == null ? "" : " in \"" + d.actingLine() + "\"") + "; using the issuing body");
        }
        String type = documentType(h, symbol);
        if (revises != null && "draft resolution".equals(type)) type = "revised draft resolution";
        List<String> chain = recommendationChain(h, d.recommendations(), acting);
        Integer sessionYear = null;
        if (h.session() != null && body != null) {
            sessionYear = h.session() > 1900 ? h.session() : gazetteer.sessionYear(body, h.session());
        }
        Integer year = DocumentFacts.year(h.issued(), h.adopted(), h.sessionStart(), sessionYear);
        List<NameUse> sponsorNames = new ArrayList<>();
        List<String> sponsors = sponsors(h.sponsorText(), year, sponsorNames, warnings);
        // An adopted text bears the number of the body that adopted it: the one its symbol or header names.
        String resolutionBody = null;
        if (h.resolutionNumber() != null) {
            resolutionBody = symbol != null && lexicon.bodyOfSymbol(symbol) != null ? lexicon.bodyOfSymbol(symbol) : body;
        }
        return new DocumentFacts(symbol, revises, type, h.issued(), h.adopted(), h.distribution(), organ, body,
                h.session(), sessionYear, h.sessionPlace(), h.sessionStart(), h.sessionEnd(), h.agendaItem(),
                h.agendaTitle(), sponsors, h.title(), acting, chain, h.resolutionNumber(), resolutionBody, List.copyOf(sponsorNames));
    }

    private static String documentType(Header h, String symbol) {
        if (h.documentType() != null) return h.documentType();
        if (symbol != null) {
            if (symbol.contains("/RES/")) return "resolution";
            if (symbol.contains("/DEC/")) return "decision";
            if (symbol.matches(".*/L\\.\\d+.*")) return symbol.contains("/Rev.") ? "revised draft resolution" : "draft resolution";
        }
        if (h.adopted() != null || h.resolutionNumber() != null) return "resolution";
        return "draft resolution";
    }

    /**
     * The bodies that recommend the text, in order, up to the acting body: the body named in an
     * adoption context ("[on the recommendation of the Commission ...]"), then the subject of
     * each recommendation sentence, then the body a draft is recommended "for adoption by" when
     * it is not the acting body.
     */
    private List<String> recommendationChain(Header h, List<String> bodySentences, String acting) {
        List<String> chain = new ArrayList<>();
        if (h.adoptionContext() != null) {
            Matcher m = CONTEXT_RECOMMENDATION.matcher(h.adoptionContext());
            if (m.matches()) add(chain, bodyId(m.group(1)), acting);
        }
        List<String> sentences = new ArrayList<>(h.recommendations());
        sentences.addAll(bodySentences);
        for (String s : sentences) {
            Matcher m = RECOMMENDER.matcher(s);
            if (m.find()) add(chain, bodyId(m.group(1)), acting);
            Matcher f = FOR_ADOPTION_BY.matcher(s);
            if (f.find()) {
                String to = bodyId(f.group(1));
                // "recommends to the Council ... for adoption by the Assembly": the Council recommends too.
                Matcher r = Pattern.compile("recommends\\s+to\\s+the\\s+(.+?)\\s+the\\s+(?:approval|adoption)").matcher(s);
                if (r.find() && to != null) add(chain, bodyId(r.group(1)), acting);
            }
        }
        return List.copyOf(chain);
    }

    private static void add(List<String> chain, String id, String acting) {
        if (id != null && !id.equals(acting) && (chain.isEmpty() || !chain.get(chain.size() - 1).equals(id))) chain.add(id);
    }

    /**
     * Sponsors: the States named in the sponsor line, in printed order, read for the document's
     * year. A sponsor named by a dated name is recorded with the name as printed; one named by a
     * name it did not bear that year (Swaziland in 2022, a former State after its end) is warned about.
     */
    private List<String> sponsors(String text, Integer year, List<NameUse> names, List<String> warnings) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        List<Token> tokens = Tokenizer.tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            Trie.Hit<Gazetteer.Name> best = null;
            for (Trie.Hit<Gazetteer.Name> hit : gazetteer.namesAt(tokens, i, year)) {
                if (hit.value().entity().kind() == EntityKind.STATE && (best == null || hit.end() > best.end())) best = hit;
            }
            if (best != null) {
                Entity e = best.value().entity();
                String id = e.id();
                if (!out.contains(id)) {
                    out.add(id);
                    Gazetteer.Name n = best.value();
                    if (n.dated()) {
                        String printed = text.substring(tokens.get(best.start()).start(), tokens.get(best.end() - 1).end());
                        names.add(new NameUse(id, printed, n.datedName(), n.years(), n.inYears(year)));
                        if (!n.inYears(year)) {
                            warnings.add("sponsor \"" + printed + "\" is read as " + e.label() + " (" + id + "), whose name it was "
                                    + n.years() + ", in a text of " + year);
                        }
                    }
                }
                i = best.end();
            } else {
                i++;
            }
        }
        if (out.isEmpty() && !text.isBlank()) warnings.add("no State recognised in the sponsor line \"" + text + "\"");
        return out;
    }

    /** The id of the body a whole phrase names ("the Economic and Social Council"), or null. */
    String bodyId(String phrase) {
        if (phrase == null) return null;
        List<Token> tokens = Tokenizer.tokens(phrase);
        if (tokens.isEmpty()) return null;
        int from = tokens.get(0).key().equals("the") ? 1 : 0;
        Entity found = null;
        for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(tokens, from)) {
            EntityKind k = h.value().entity().kind();
            if ((k == EntityKind.BODY || k == EntityKind.OFFICIAL) && h.end() == tokens.size()) found = h.value().entity();
        }
        return found == null ? null : found.id();
    }
}
