package org.resograph.summary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.resograph.lexicon.EntityKind;
import org.resograph.link.Citation;
import org.resograph.link.Clauses;
import org.resograph.link.DocumentFacts;
import org.resograph.link.LinkedDocument;
import org.resograph.link.Mandate;
import org.resograph.link.Mention;
import org.resograph.link.Reporting;
import org.resograph.link.Target;

/**
 * The extraction summary of a document in the shape of {@code gold/FORMAT.md}, made from the same
 * {@link LinkedDocument} as the RDF.
 */
public final class Summary {
    private Summary() {}

    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    public static String json(LinkedDocument d) {
        return GSON.toJson(object(d)) + "\n";
    }

    public static JsonObject object(LinkedDocument d) {
        DocumentFacts f = d.facts();
        JsonObject o = new JsonObject();
        o.addProperty("file", d.document().source().name());
        o.add("symbol", str(f.symbol()));
        o.add("revises", str(f.revises()));
        o.add("documentType", str(f.documentType()));
        o.add("date", date(f.issued()));
        o.add("adopted", date(f.adopted()));
        o.add("distribution", str(f.distribution()));
        o.add("organ", str(f.organ()));
        o.add("body", str(f.body()));
        o.add("session", f.session() == null ? JsonNull.INSTANCE : new JsonPrimitive(f.session()));
        o.add("sessionPlace", str(f.sessionPlace()));
        o.add("sessionStart", date(f.sessionStart()));
        o.add("sessionEnd", date(f.sessionEnd()));
        o.add("agendaItem", str(f.agendaItem()));
        o.add("agendaTitle", str(f.agendaTitle()));
        o.add("sponsors", strings(f.sponsors()));
        o.add("title", str(f.title()));
        o.add("actingBody", str(f.actingBody()));
        o.add("recommendedBy", strings(f.recommendedBy()));

        JsonArray preamble = new JsonArray();
        for (Clauses.Preambular p : d.preamble()) {
            JsonObject x = new JsonObject();
            x.addProperty("n", p.n());
            x.addProperty("phrase", p.phrase());
            preamble.add(x);
        }
        o.add("preamble", preamble);

        JsonArray operative = new JsonArray();
        for (Clauses.Operative p : d.operative()) {
            if (p.n() == null) continue;
            JsonObject x = new JsonObject();
            x.addProperty("n", p.n());
            x.add("verb", str(p.verb()));
            x.add("modifier", str(p.modifier()));
            x.add("addressees", strings(p.addressees()));
            x.add("subparagraphs", strings(p.subparagraphs()));
            JsonArray others = new JsonArray();
            for (Clauses.VerbUse v : p.otherVerbs()) others.add(v.lemma());
            x.add("otherVerbs", others);
            operative.add(x);
        }
        o.add("operative", operative);

        Map<String, JsonObject> resolutions = new LinkedHashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        Set<String> treaties = new LinkedHashSet<>();
        Map<String, JsonObject> articles = new LinkedHashMap<>();
        Set<String> instruments = new LinkedHashSet<>();
        Set<String> sdg = new LinkedHashSet<>();
        for (Citation c : d.citations()) {
            Target t = c.target();
            if (t instanceof Target.Resolution r) {
                String key = r.body() + " " + r.number();
                JsonObject x = resolutions.get(key);
                if (x == null) {
                    x = new JsonObject();
                    x.addProperty("body", r.body());
                    x.addProperty("number", r.number());
                    x.add("date", date(r.date()));
                    resolutions.put(key, x);
                } else if (x.get("date").isJsonNull() && r.date() != null) {
                    x.add("date", date(r.date()));
                }
            } else if (t instanceof Target.Document doc) {
                documents.add(doc.symbol());
            } else if (t instanceof Target.Treaty tr) {
                treaties.add(tr.id());
                if (tr.article() != null) {
                    JsonObject x = new JsonObject();
                    x.addProperty("treaty", tr.id());
                    x.addProperty("article", tr.article());
                    x.add("paragraph", str(tr.paragraph()));
                    articles.putIfAbsent(tr.id() + "/" + tr.article() + "/" + tr.paragraph(), x);
                }
            } else if (t instanceof Target.Instrument in) {
                instruments.add(in.id());
            } else if (t instanceof Target.SdgTarget s) {
                sdg.add(s.code());
            }
        }
        o.add("citedResolutions", array(resolutions.values()));
        o.add("citedDocuments", strings(List.copyOf(documents)));
        o.add("treaties", strings(List.copyOf(treaties)));
        o.add("treatyArticles", array(articles.values()));
        o.add("instruments", strings(List.copyOf(instruments)));
        o.add("sdgTargets", strings(List.copyOf(sdg)));

        Set<String> bodies = new LinkedHashSet<>();
        for (Mention m : d.mentions()) {
            if (m.kind() == EntityKind.BODY || m.kind() == EntityKind.OFFICIAL) bodies.add(m.id());
        }
        o.add("bodies", strings(List.copyOf(bodies)));

        Map<String, JsonObject> mandates = new LinkedHashMap<>();
        for (Mandate m : d.mandates()) {
            JsonObject x = new JsonObject();
            x.add("paragraph", m.paragraph() == null ? JsonNull.INSTANCE : new JsonPrimitive(m.paragraph()));
            x.addProperty("verb", m.verb());
            x.addProperty("addressee", m.addressee());
            mandates.putIfAbsent(m.paragraph() + "|" + m.verb() + "|" + m.addressee(), x);
        }
        o.add("mandates", array(mandates.values()));

        JsonArray reporting = new JsonArray();
        for (Reporting r : d.reporting()) {
            JsonObject x = new JsonObject();
            x.add("paragraph", r.paragraph() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.paragraph()));
            x.addProperty("reporter", r.reporter());
            x.addProperty("reportTo", r.reportTo());
            x.add("session", r.session() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.session()));
            reporting.add(x);
        }
        o.add("reporting", reporting);
        return o;
    }

    private static JsonElement str(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }

    private static JsonElement date(LocalDate d) {
        return d == null ? JsonNull.INSTANCE : new JsonPrimitive(d.toString());
    }

    private static JsonArray strings(List<String> xs) {
        JsonArray a = new JsonArray();
        for (String x : xs) a.add(x);
        return a;
    }

    private static JsonArray array(Iterable<JsonObject> xs) {
        JsonArray a = new JsonArray();
        for (JsonObject x : xs) a.add(x);
        return a;
    }
}
