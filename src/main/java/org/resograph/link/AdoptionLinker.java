package org.resograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.read.AdoptionTable;
import org.resograph.read.InputProblem;

/**
 * Identifies the resolution of each row of an adoption table: from a resolution document
 * symbol ({@code A/RES/74/174}: the body from the lexicon's symbol series, the number after
 * {@code RES/}), or from a body id and a number ({@code GA 74/174}).
 */
public final class AdoptionLinker {
    private static final Pattern RES_SYMBOL = Pattern.compile("(.+/)RES/(.+?)(?:\\s*\\(\\d{4}\\))?");
    private static final Pattern BODY_NUMBER = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s+(\\S.*)");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    public AdoptionLinker(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    public List<Adoption> link(String table, List<AdoptionTable.Row> rows) throws InputProblem {
        List<Adoption> out = new ArrayList<>();
        for (AdoptionTable.Row r : rows) {
            String[] res = resolution(r.adoptedAs());
            if (res == null) {
                throw new InputProblem(table, "line " + r.line() + ": adopted_as '" + r.adoptedAs()
                        + "' is neither a resolution symbol (A/RES/74/174) nor a body and number (GA 74/174)");
            }
            out.add(new Adoption(table, r.line(), r.symbol(), r.file(), res[0], res[1], r.date(), r.source(), r.note()));
        }
        return out;
    }

    /** {body id, number}, or null. */
    String[] resolution(String s) {
        String v = s.trim().replaceAll("\\s+", " ");
        Matcher m = RES_SYMBOL.matcher(v);
        if (m.matches()) {
            String body = lexicon.bodyOfSymbol(v);
            if (body != null) return new String[] {body, m.group(2).replace(" ", "")};
        }
        m = BODY_NUMBER.matcher(v);
        if (m.matches()) {
            String id = m.group(1).toUpperCase(Locale.ROOT);
            if (gazetteer.body(id) != null) return new String[] {id, m.group(2).replace(" ", "")};
        }
        return null;
    }
}
