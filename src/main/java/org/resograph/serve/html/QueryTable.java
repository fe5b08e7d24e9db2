package org.resograph.serve.html;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.resograph.query.QueryResult;

/**
 * A canned query's rows as an HTML table: one column per variable, headed by the variable's
 * name in words ({@code otherDocument} becomes "other document"); an IRI cell links to its page
 * under its label (a document under its symbol), a literal shows its value (dates the UN way).
 */
final class QueryTable {
    private final Site site;

    QueryTable(Site site) {
        this.site = site;
    }

    /** The first {@code shown} rows (all when {@code shown} is at least their number). */
    void write(Html h, QueryResult r, int shown) {
        write(h, r, shown, null);
    }

    /** The same, with only the named columns (all when {@code columns} is null). */
    void write(Html h, QueryResult r, int shown, List<String> columns) {
        if (r.ask() != null) {
            h.el("p", r.ask() ? "Yes." : "No.");
            return;
        }
        if (!r.isSelect()) {
            h.el("p", String.format(Locale.ENGLISH, "%,d triples; download them as Turtle or N-Triples.", r.graph().size()), "class", "muted");
            return;
        }
        List<Var> vars = columns == null ? r.vars() : r.vars().stream().filter(v -> columns.contains(v.getVarName())).toList();
        h.open("div", "class", "scroll").open("table", "class", "query").open("thead").open("tr");
        for (Var v : vars) h.el("th", heading(v.getVarName()), "title", "?" + v.getVarName());
        h.close("tr").close("thead").open("tbody");
        int n = 0;
        for (Binding b : r.rows()) {
            if (n++ >= shown) break;
            h.open("tr");
            for (Var v : vars) {
                Node value = b.get(v);
                boolean prose = value != null && value.isLiteral() && value.getLiteralLexicalForm().length() > 80;
                h.open("td", "class", prose ? "words" : null);
                cell(h, value);
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }

    private void cell(Html h, Node n) {
        if (n == null) return;
        if (n.isURI()) {
            if (site.data.isA(n, Terms.DOCUMENT)) site.shortLink(h, n);
            else site.link(h, n);
        } else if (n.isLiteral()) {
            h.text(site.value(n));
        } else {
            h.text(site.label(n));
        }
    }

    /** {@code otherDocument} as "Other document", {@code sdg_target} as "Sdg target". */
    static String heading(String var) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < var.length(); i++) {
            char c = var.charAt(i);
            if (c == '_' || c == '-') {
                b.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(var.charAt(i - 1))) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return Site.capitalize(b.toString());
    }
}
