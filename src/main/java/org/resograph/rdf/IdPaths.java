package org.resograph.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The paths, relative to the data base IRI, of everything ResoGraph names. One place, so that
 * the converter, the reference-data importer and the server agree on every IRI.
 */
public final class IdPaths {
    private IdPaths() {}

    public static String body(String id) {
        return "id/body/" + segment(id);
    }

    public static String state(String iso3) {
        return "id/state/" + segment(iso3);
    }

    /** A dated name of a State ("id/state/SWZ/name/swaziland"): the name as a lower-case slug. */
    public static String stateName(String iso3, String name) {
        return state(iso3) + "/name/" + slug(name);
    }

    /** Lower case letters and digits, accents removed, apostrophes dropped, other runs as one hyphen. */
    public static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-");
        return n.replaceAll("^-+|-+$", "");
    }

    public static String treaty(String id) {
        return "id/treaty/" + segment(id);
    }

    /** A treaty or a part of it by its path below the treaty ("UNTOC", "UNTOC/article/27"). */
    public static String treatyPath(String path) {
        return "id/treaty/" + path(path);
    }

    public static String article(String treatyId, String article) {
        return treaty(treatyId) + "/article/" + segment(article);
    }

    public static String provision(String treatyId, String article, String paragraph) {
        return article(treatyId, article) + "/paragraph/" + segment(paragraph);
    }

    public static String instrument(String id) {
        return "id/instrument/" + segment(id);
    }

    /** A resolution by adopting body and number as printed ("74/174", "217 A (III)", "2334"). */
    public static String resolution(String bodyId, String number) {
        return "id/resolution/" + segment(bodyId.toLowerCase(Locale.ROOT)) + "/"
                + path(number.replaceAll("\\s+", ""));
    }

    /** A document by its symbol; the symbol's slashes become path steps. */
    public static String document(String symbol) {
        return "id/document/" + path(symbol);
    }

    public static String session(String bodyId, int number) {
        return "id/session/" + segment(bodyId.toLowerCase(Locale.ROOT)) + "/" + number;
    }

    public static String sdgIndicator(String code) {
        return "id/sdg-indicator/" + segment(code);
    }

    /** A path whose slashes are kept and whose other characters are made IRI-safe. */
    public static String path(String s) {
        StringBuilder b = new StringBuilder();
        for (String part : s.split("/", -1)) {
            if (b.length() > 0) b.append('/');
            b.append(segment(part));
        }
        return b.toString();
    }

    /** Percent-encodes everything but letters, digits and {@code . _ - ( ) ~}. */
    public static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-' || c == '(' || c == ')' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
