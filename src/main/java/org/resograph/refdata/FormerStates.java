package org.resograph.refdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.resograph.rdf.IdPaths;

/**
 * The dated names of States, from {@code additions/former-states.csv}: former names of current
 * States ("Swaziland" until 2018) and former States of their own (the USSR, Czechoslovakia),
 * each name with the years it was in use and its source. One row per name; a row of kind
 * {@code state} also makes a former State, with its former ISO codes, years and successors.
 *
 * <p>The table is checked when it is read: every id is a current State or a former State of the
 * table, years are years, successors exist, and every row says where its facts come from.
 */
final class FormerStates {

    static final String FILE = "former-states.csv";

    /** A dated name, as written to the reference data. */
    record DatedName(String id, String name, String from, String to, boolean onlyInYears, String iso3166Part3,
                     String iso2, String isoNumeric, List<String> sources, String verification, String note) {
        String path() {
            return IdPaths.stateName(id, name);
        }
    }

    /** A former State: its own row, and its names. */
    record FormerState(String id, String name, String from, String to, List<String> successors, String continuedBy,
                       String unStatus, String iso3166Part3, String iso2, String isoNumeric, List<String> sources,
                       String verification, String note) {}

    private final Map<String, List<DatedName>> names = new LinkedHashMap<>();
    private final Map<String, FormerState> states = new LinkedHashMap<>();

    private FormerStates() {}

    /** Reads and checks the table; {@code currentIds} are the ids of states.csv. */
    static FormerStates read(Path file, Set<String> currentIds) throws IOException {
        FormerStates f = new FormerStates();
        if (!Files.exists(file)) return f;
        List<Map<String, String>> rows = ReferenceImporter.readCsv(file);
        List<Map<String, String>> nameRows = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : rows) {
            line++;
            String where = FILE + " line " + line + ": ";
            String kind = r.get("kind").strip();
            String id = r.get("id").strip();
            String name = r.get("name").strip();
            if (name.isEmpty()) throw new IllegalArgumentException(where + "no name");
            if (!id.matches("[A-Z]{3}")) throw new IllegalArgumentException(where + "id \"" + id + "\" is not an alpha-3 code");
            checkYears(where, r.get("valid_from"), r.get("valid_to"));
            if (r.get("verification").isBlank()) throw new IllegalArgumentException(where + "no verification");
            if (r.get("sources").isBlank() && !r.get("verification").startsWith("compiler knowledge")) {
                throw new IllegalArgumentException(where + "no sources, and the verification does not say compiler knowledge");
            }
            if (kind.equals("state")) {
                if (currentIds.contains(id)) throw new IllegalArgumentException(where + id + " is a current State of states.csv");
                if (f.states.containsKey(id)) throw new IllegalArgumentException(where + id + " has two rows of kind state");
                List<String> successors = split(r.get("successors"));
                String cont = r.get("continued_by").strip();
                if (!cont.isEmpty() && !successors.contains(cont)) {
                    throw new IllegalArgumentException(where + "continued_by " + cont + " is not among the successors");
                }
                f.states.put(id, new FormerState(id, name, year(r.get("valid_from")), year(r.get("valid_to")), successors,
                        cont.isEmpty() ? null : cont, r.get("un_status").strip(), r.get("iso3166_3").strip(),
                        r.get("iso_alpha2").strip(), r.get("iso_numeric").strip(), split(r.get("sources")),
                        r.get("verification").strip(), r.get("note").strip()));
            } else if (kind.equals("name")) {
                r.put("#where", where);
                nameRows.add(r);
            } else {
                throw new IllegalArgumentException(where + "kind must be state or name, not \"" + kind + "\"");
            }
        }
        Set<String> known = new LinkedHashSet<>(currentIds);
        known.addAll(f.states.keySet());
        for (FormerState s : f.states.values()) {
            for (String succ : s.successors()) {
                if (!known.contains(succ)) throw new IllegalArgumentException(FILE + ": successor " + succ + " of " + s.id() + " is unknown");
            }
        }
        Set<String> paths = new LinkedHashSet<>();
        for (Map<String, String> r : nameRows) {
            String where = r.get("#where");
            String id = r.get("id").strip();
            if (!known.contains(id)) throw new IllegalArgumentException(where + "unknown State " + id);
            DatedName n = new DatedName(id, r.get("name").strip(), year(r.get("valid_from")), year(r.get("valid_to")),
                    "true".equalsIgnoreCase(r.get("only_in_years").strip()), r.get("iso3166_3").strip(),
                    r.get("iso_alpha2").strip(), r.get("iso_numeric").strip(), split(r.get("sources")),
                    r.get("verification").strip(), r.get("note").strip());
            if (!paths.add(n.path())) throw new IllegalArgumentException(where + "a second name \"" + n.name() + "\" for " + id);
            f.names.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
        }
        // A former State's own name is a dated name with its years, unless a row of its own gives that name other years.
        for (FormerState s : f.states.values()) {
            DatedName own = new DatedName(s.id(), s.name(), s.from(), s.to(), false, "", "", "", s.sources(), s.verification(), "");
            if (paths.add(own.path())) f.names.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(0, own);
        }
        return f;
    }

    /** The dated names of a State, in the order of the table. */
    List<DatedName> names(String id) {
        return names.getOrDefault(id, List.of());
    }

    /** Is this printed name (leading "the" aside) one of the State's dated names? */
    boolean isDatedName(String id, String label) {
        String l = normal(label);
        for (DatedName n : names(id)) if (normal(n.name()).equals(l)) return true;
        return false;
    }

    List<FormerState> states() {
        return List.copyOf(states.values());
    }

    /** Writes a State's dated names as properties of the State being written: rg:formerName for current States. */
    void writeNameLinks(TurtleOut t, String id, boolean current) {
        for (DatedName n : names(id)) {
            if (current) t.en("rg:formerName", n.name());
            t.ref("rg:datedName", n.path());
        }
    }

    /** Writes the rg:DatedName nodes of a State (after the State itself). */
    void writeNames(TurtleOut t, String id) throws IOException {
        for (DatedName n : names(id)) {
            t.subject(n.path()).a("rg:DatedName");
            t.en("rdfs:label", n.name());
            t.typed("rg:validFrom", n.from(), "gYear").typed("rg:validTo", n.to(), "gYear");
            if (n.onlyInYears()) t.bool("rg:onlyInItsYears", "true");
            t.str("rg:iso3166Part3", n.iso3166Part3()).str("rg:iso2", n.iso2()).str("rg:isoNumeric", n.isoNumeric());
            for (String s : n.sources()) t.str("dct:source", s);
            t.str("rg:verification", n.verification()).str("rg:note", n.note());
        }
    }

    /** Writes a former State and its names. */
    void writeState(TurtleOut t, FormerState s) throws IOException {
        t.subject(IdPaths.state(s.id())).a("rg:State").a("rg:FormerState");
        t.str("skos:notation", s.id()).en("skos:prefLabel", s.name());
        for (DatedName n : names(s.id())) if (!n.name().equals(s.name())) t.en("skos:altLabel", n.name());
        t.str("rg:iso2", s.iso2()).str("rg:isoNumeric", s.isoNumeric()).str("rg:iso3166Part3", s.iso3166Part3());
        t.str("rg:unStatus", s.unStatus());
        t.typed("rg:validFrom", s.from(), "gYear").typed("rg:validTo", s.to(), "gYear");
        for (String succ : s.successors()) t.ref(succ.equals(s.continuedBy()) ? "rg:continuedBy" : "rg:successor", IdPaths.state(succ));
        writeNameLinks(t, s.id(), false);
        for (String src : s.sources()) t.str("dct:source", src);
        t.str("rg:verification", s.verification()).str("rg:note", s.note());
        writeNames(t, s.id());
    }

    private static void checkYears(String where, String from, String to) {
        String f = year(from);
        String t = year(to);
        if (f == null && !from.isBlank() || t == null && !to.isBlank()) {
            throw new IllegalArgumentException(where + "valid_from and valid_to are years (YYYY) or empty");
        }
        if (f != null && t != null && Integer.parseInt(f) > Integer.parseInt(t)) {
            throw new IllegalArgumentException(where + "valid_from " + f + " is after valid_to " + t);
        }
    }

    private static String year(String s) {
        String v = s == null ? "" : s.strip();
        return v.matches("\\d{4}") ? v : null;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : (cell == null ? "" : cell).split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static String normal(String s) {
        String l = s.strip();
        if (l.regionMatches(true, 0, "the ", 0, 4)) l = l.substring(4);
        return l.toLowerCase(Locale.ROOT);
    }
}
