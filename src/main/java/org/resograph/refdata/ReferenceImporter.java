package org.resograph.refdata;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.resograph.rdf.IdPaths;

/**
 * Turns the reference tables (bodies, treaties, instruments, States, sessions, SDG indicators)
 * into the Turtle files under {@code ontology/reference/}. Rows of our own, and aliases added
 * to existing rows, come from {@code additions/} beside the output, each with its source.
 *
 * <p>The output is committed; the converter reads the Turtle, never the CSV. Re-running the
 * import on the same tables writes the same bytes.
 */
public final class ReferenceImporter {

    private static final Pattern RESOLUTION_IN_TEXT = Pattern.compile(
            "\\b(GA|General Assembly|ECOSOC|Economic and Social Council|HRC|Human Rights Council)"
                    + " resolutions? (\\d+(?:/\\d+)?(?: [A-Z])?(?: \\([IVXL]+\\))?)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Path from;
    private final Path to;
    private final Map<String, Set<String>> addedAliases = new LinkedHashMap<>();
    private final Map<String, String> aliasSources = new LinkedHashMap<>();
    private Set<String> bodyIds = Set.of();

    public ReferenceImporter(Path from, Path to) {
        this.from = from;
        this.to = to;
    }

    /** Writes every Turtle file; returns the names of the files written. */
    public List<String> run() throws IOException {
        Files.createDirectories(to);
        readAliasAdditions();
        List<Map<String, String>> bodies = table("bodies.csv");
        bodyIds = new LinkedHashSet<>();
        for (Map<String, String> r : bodies) bodyIds.add(r.get("id"));
        List<String> written = new ArrayList<>();
        written.add(writeBodies(bodies));
        written.add(writeTreaties(table("treaties.csv")));
        written.add(writeInstruments(table("instruments.csv")));
        written.add(writeStates(table("states.csv")));
        written.add(writeSessions());
        written.add(writeSdgIndicators(table("sdg_indicators.csv")));
        Files.write(to.resolve("sdg.ttl"), Files.readAllBytes(from.resolve("sdg.ttl")));
        written.add("sdg.ttl");
        return written;
    }

    // ---------------------------------------------------------------------------------------

    private String writeBodies(List<Map<String, String>> rows) throws IOException {
        return write("bodies.ttl", "Bodies, officials and groups of actors named in UN texts.", rows, (t, r) -> {
            String id = r.get("id");
            String type = r.get("type");
            t.subject(IdPaths.body(id));
            if ("official".equals(type)) t.a("rg:Official");
            else if ("group".equals(type)) t.a("rg:ActorGroup");
            else t.a("rg:Body");
            t.str("skos:notation", id).en("skos:prefLabel", r.get("name")).str("rg:acronym", r.get("acronym"));
            for (String alias : aliases("bodies", id, r.get("aliases"))) t.en("skos:altLabel", alias);
            t.str("rg:bodyType", type);
            String parent = r.get("parent");
            if (parent != null && !parent.isBlank()) {
                t.ref("official".equals(type) ? "org:postIn" : "org:subOrganizationOf", IdPaths.body(parent));
            }
            t.bool("rg:unSystem", r.get("un_system")).str("rg:establishedBy", r.get("established_by"));
            sources(t, r.get("sources"));
            t.str("rg:note", r.get("notes"));
            aliasProvenance(t, "bodies", id);
        });
    }

    private String writeTreaties(List<Map<String, String>> rows) throws IOException {
        return write("treaties.ttl", "Treaties: conventions, protocols, covenants, charters, statutes, agreements.", rows, (t, r) -> {
            String id = r.get("id");
            t.subject(IdPaths.treaty(id)).a("rg:Treaty");
            t.str("skos:notation", id).en("skos:prefLabel", r.get("name")).en("rg:shortName", r.get("short_name"));
            for (String alias : aliases("treaties", id, r.get("aliases"))) t.en("skos:altLabel", alias);
            t.str("rg:treatyType", r.get("type"));
            if (!blank(r.get("parent_treaty"))) t.ref("rg:supplements", IdPaths.treaty(r.get("parent_treaty")));
            date(t, r.get("adoption_date"));
            t.str("rg:adoptionPlace", r.get("adoption_place"));
            adoptedBy(t, r.get("adopted_by"));
            if (!blank(r.get("adopting_resolution"))) {
                t.ref("rg:adoptingResolution", IdPaths.resolution("GA", r.get("adopting_resolution")));
            }
            t.str("rg:annex", r.get("adopting_resolution_annex"));
            if (ISO_DATE.matcher(nz(r.get("entry_into_force"))).matches()) {
                t.typed("rg:entryIntoForce", r.get("entry_into_force"), "date");
            }
            t.integer("rg:untsVolume", r.get("unts_volume")).integer("rg:untsPage", r.get("unts_page"))
                    .integer("rg:untsRegistrationNumber", r.get("unts_registration_no"))
                    .str("rg:mtdsgReference", r.get("mtdsg_ref")).str("rg:depositary", r.get("depositary"));
            sources(t, r.get("sources"));
            t.str("rg:verification", r.get("verification"));
            aliasProvenance(t, "treaties", id);
        });
    }

    private String writeInstruments(List<Map<String, String>> rows) throws IOException {
        return write("instruments.ttl", "Non-treaty instruments: declarations, plans of action, agendas, guidelines, rules.", rows, (t, r) -> {
            String id = r.get("id");
            t.subject(IdPaths.instrument(id)).a("rg:Instrument");
            t.str("skos:notation", id).en("skos:prefLabel", r.get("name")).en("rg:shortName", r.get("short_name"));
            for (String alias : aliases("instruments", id, r.get("aliases"))) t.en("skos:altLabel", alias);
            t.str("rg:instrumentType", r.get("type"));
            adoptedBy(t, r.get("adopted_by"));
            String doc = r.get("adopting_document");
            t.str("rg:adoptingDocument", doc);
            Matcher m = RESOLUTION_IN_TEXT.matcher(nz(doc));
            Set<String> seen = new LinkedHashSet<>();
            while (m.find()) {
                String body = switch (m.group(1)) {
                    case "GA", "General Assembly" -> "GA";
                    case "ECOSOC", "Economic and Social Council" -> "ECOSOC";
                    default -> "HRC";
                };
                String iri = IdPaths.resolution(body, m.group(2));
                if (seen.add(iri)) t.ref("rg:adoptingResolution", iri);
            }
            date(t, r.get("adoption_date"));
            t.str("rg:annex", r.get("annex")).str("rg:documentSymbol", r.get("document_symbol"));
            sources(t, r.get("sources"));
            t.str("rg:verification", r.get("verification"));
            aliasProvenance(t, "instruments", id);
        });
    }

    private String writeStates(List<Map<String, String>> rows) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, String> r : rows) ids.add(r.get("id"));
        FormerStates former = FormerStates.read(to.resolve("additions").resolve(FormerStates.FILE), ids);
        String name = "states.ttl";
        try (Writer w = Files.newBufferedWriter(to.resolve(name), StandardCharsets.UTF_8)) {
            TurtleOut t = new TurtleOut(w, "States (ISO 3166-1 alpha-3), with UNTERM short and formal names, their former names with\n"
                    + "the years they were in use, and former States (former ISO alpha-3 codes) from additions/former-states.csv.\n"
                    + "Generated by ResoGraph's reference import (resograph reference-import); do not edit:\n"
                    + "change the tables or additions/ and import again. Sources: SOURCES.md.");
            for (Map<String, String> r : rows) {
                String id = r.get("id");
                t.subject(IdPaths.state(id)).a("rg:State");
                t.str("skos:notation", id).en("skos:prefLabel", r.get("name_short"));
                t.en("rg:formalName", r.get("name_formal"));
                Set<String> alt = new LinkedHashSet<>();
                for (String col : List.of("name_short_unterm", "name_formal_no_article", "name_m49", "name_common")) {
                    if (!blank(r.get(col)) && !r.get(col).equals(r.get("name_short"))) alt.add(r.get(col).strip());
                }
                alt.addAll(aliases("states", id, r.get("aliases")));
                // A former name is written with its years (rg:datedName), not as a name of today.
                alt.removeIf(a -> former.isDatedName(id, a));
                for (String a : alt) t.en("skos:altLabel", a);
                t.str("rg:iso2", r.get("iso_alpha2")).str("rg:isoNumeric", r.get("iso_numeric")).str("rg:m49", r.get("m49"));
                t.str("rg:unStatus", r.get("un_status"));
                for (String col : List.of("m49_region", "m49_subregion", "m49_intermediate_region")) t.str("rg:region", r.get(col));
                t.bool("rg:ldc", r.get("ldc")).bool("rg:lldc", r.get("lldc")).bool("rg:sids", r.get("sids"));
                if (!blank(r.get("wikidata"))) t.ref("skos:exactMatch", "http://www.wikidata.org/entity/" + r.get("wikidata").strip());
                t.ref("skos:exactMatch", "http://publications.europa.eu/resource/authority/country/" + id);
                former.writeNameLinks(t, id, true);
                aliasProvenance(t, "states", id);
                former.writeNames(t, id);
            }
            for (FormerStates.FormerState s : former.states()) former.writeState(t, s);
            t.flush();
        }
        return name;
    }

    private String writeSessions() throws IOException {
        String name = "sessions.ttl";
        try (Writer w = Files.newBufferedWriter(to.resolve(name), StandardCharsets.UTF_8)) {
            TurtleOut t = new TurtleOut(w, "Sessions: the Commission on Crime Prevention and Criminal Justice, the General Assembly,\n"
                    + "and the United Nations crime congresses. Generated by ResoGraph's reference import from\n"
                    + "ccpcj_sessions.csv, ga_sessions.csv and crime_congresses.csv (see SOURCES.md).");
            for (Map<String, String> r : table("ccpcj_sessions.csv")) {
                int n = Integer.parseInt(r.get("session"));
                t.subject(IdPaths.session("CCPCJ", n)).a("rg:Session");
                t.ref("rg:sessionOf", IdPaths.body("CCPCJ")).integer("rg:sessionNumber", r.get("session"));
                t.en("rdfs:label", capitalise(r.get("ordinal")) + " session of the Commission on Crime Prevention and Criminal Justice");
                t.str("rg:ordinal", r.get("ordinal")).typed("rg:year", r.get("year"), "gYear");
                if (ISO_DATE.matcher(nz(r.get("start"))).matches()) t.typed("rg:startDate", r.get("start"), "date");
                if (ISO_DATE.matcher(nz(r.get("end"))).matches()) t.typed("rg:endDate", r.get("end"), "date");
                t.str("rg:place", r.get("place"));
                sources(t, r.get("sources"));
                t.str("rg:verification", "true".equals(r.get("verified")) ? "verified" : "compiler knowledge, unverified");
                t.str("rg:note", r.get("notes"));
            }
            for (Map<String, String> r : table("ga_sessions.csv")) {
                int n = Integer.parseInt(r.get("session"));
                t.subject(IdPaths.session("GA", n)).a("rg:Session");
                t.ref("rg:sessionOf", IdPaths.body("GA")).integer("rg:sessionNumber", r.get("session"));
                t.en("rdfs:label", capitalise(r.get("ordinal")) + " session of the General Assembly");
                t.str("rg:ordinal", r.get("ordinal")).str("rg:romanNumeral", r.get("roman"));
                t.typed("rg:year", r.get("opening_year"), "gYear");
            }
            for (Map<String, String> r : table("crime_congresses.csv")) {
                int n = Integer.parseInt(r.get("congress"));
                t.subject(IdPaths.session("CRIME-CONGRESS", n)).a("rg:Session");
                t.ref("rg:sessionOf", IdPaths.body("CRIME-CONGRESS")).integer("rg:sessionNumber", r.get("congress"));
                t.en("rdfs:label", r.get("name")).str("rg:ordinal", r.get("ordinal"));
                t.typed("rg:year", r.get("year"), "gYear");
                if (ISO_DATE.matcher(nz(r.get("start"))).matches()) t.typed("rg:startDate", r.get("start"), "date");
                if (ISO_DATE.matcher(nz(r.get("end"))).matches()) t.typed("rg:endDate", r.get("end"), "date");
                t.str("rg:place", r.get("place"));
                if (!blank(r.get("declaration"))) t.ref("rg:outcomeInstrument", IdPaths.instrument(r.get("declaration")));
                sources(t, r.get("sources"));
                t.str("rg:verification", "true".equals(r.get("verified")) ? "verified" : "compiler knowledge, unverified");
                t.str("rg:note", r.get("notes"));
            }
            t.flush();
        }
        return name;
    }

    private String writeSdgIndicators(List<Map<String, String>> rows) throws IOException {
        return write("sdg-indicators.ttl", "SDG indicators (labels only: the UN's own indicator IRIs are not known for all codes).", rows, (t, r) -> {
            t.subject(IdPaths.sdgIndicator(r.get("id"))).a("skos:Concept").a("sdgo:Indicator");
            t.str("skos:notation", r.get("id")).en("skos:prefLabel", r.get("text"));
            t.ref("skos:broader", "http://metadata.un.org/sdg/" + r.get("target"));
        });
    }

    // ---------------------------------------------------------------------------------------

    private interface RowWriter {
        void write(TurtleOut t, Map<String, String> row) throws IOException;
    }

    private String write(String name, String what, List<Map<String, String>> rows, RowWriter rw) throws IOException {
        try (Writer w = Files.newBufferedWriter(to.resolve(name), StandardCharsets.UTF_8)) {
            TurtleOut t = new TurtleOut(w, what + "\nGenerated by ResoGraph's reference import (resograph reference-import); do not edit:\n"
                    + "change the tables or additions/ and import again. Sources: SOURCES.md.");
            for (Map<String, String> r : rows) rw.write(t, r);
            t.flush();
        }
        return name;
    }

    /** Rows of the shared table followed by rows of our own additions table, if any. */
    private List<Map<String, String>> table(String name) throws IOException {
        List<Map<String, String>> rows = readCsv(from.resolve(name));
        Path extra = to.resolve("additions").resolve(name);
        if (Files.exists(extra)) rows.addAll(readCsv(extra));
        return rows;
    }

    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord rec : format.parse(r)) {
                Map<String, String> row = new LinkedHashMap<>();
                rec.toMap().forEach((k, v) -> row.put(k, v == null ? "" : v));
                rows.add(row);
            }
        }
        return rows;
    }

    private void readAliasAdditions() throws IOException {
        Path file = to.resolve("additions").resolve("aliases.csv");
        if (!Files.exists(file)) return;
        for (Map<String, String> r : readCsv(file)) {
            String key = r.get("table") + "/" + r.get("id");
            addedAliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.get("alias").strip());
            aliasSources.merge(key, r.get("alias").strip() + ": " + r.get("source").strip(), (a, b) -> a + " | " + b);
        }
    }

    private Set<String> aliases(String table, String id, String cell) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : nz(cell).split("\\|")) if (!a.isBlank()) out.add(a.strip());
        out.addAll(addedAliases.getOrDefault(table + "/" + id, Set.of()));
        return out;
    }

    private void aliasProvenance(TurtleOut t, String table, String id) {
        String s = aliasSources.get(table + "/" + id);
        if (s != null) t.str("rg:note", "aliases added by ResoGraph: " + s);
    }

    private void adoptedBy(TurtleOut t, String value) {
        if (blank(value)) return;
        if (bodyIds.contains(value.strip())) t.ref("rg:adoptedBy", IdPaths.body(value.strip()));
        else t.str("rg:adoptedByName", value);
    }

    private static void date(TurtleOut t, String value) {
        String v = nz(value).strip();
        if (ISO_DATE.matcher(v).matches()) t.typed("rg:adoptionDate", v, "date");
        else if (YEAR.matcher(v).matches()) t.typed("rg:adoptionYear", v, "gYear");
    }

    private static void sources(TurtleOut t, String cell) {
        for (String s : nz(cell).split("\\|")) t.str("dct:source", s);
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
