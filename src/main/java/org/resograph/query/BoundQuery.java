package org.resograph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.resograph.rdf.Vocab;

/**
 * A canned query with its parameters bound. The values are parsed into RDF terms and put in
 * place of the variables in the parsed query ({@link QueryTransformOps#replaceVars}), never into
 * the query text, so a value cannot change the query's structure; the bound query is then run
 * locally or sent to an endpoint as it is.
 *
 * @param source the canned query
 * @param query the query with the bound variables replaced by their terms
 * @param bindings each bound parameter and its term, in declaration order
 */
public record BoundQuery(CannedQuery source, Query query, Map<String, Node> bindings) {

    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * Binds the parameters: the values given (name to value as typed), and the defaults of the
     * declared parameters not given. A parameter whose default is {@code (any)} stays a variable.
     *
     * @param base the data base IRI that bare words of the id kinds are made from
     * @throws QueryUsageException for an unknown parameter, a value that is no term of the
     *         parameter's kind, or a query text that does not parse
     */
    public static BoundQuery bind(CannedQuery q, Map<String, String> given, String base) {
        Query parsed = parse(q);
        checkNames(q, given.keySet());
        Map<String, Node> terms = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = bareName(e.getKey());
            QueryParam p = q.param(name);
            ParamKind kind = p != null ? p.kind() : ParamKind.forName(name);
            try {
                terms.put(name, term(e.getValue(), kind, parsed.getPrefixMapping(), base));
            } catch (QueryUsageException x) {
                throw new QueryUsageException("parameter " + name + ": " + x.getMessage());
            }
        }
        Map<String, Node> ordered = new LinkedHashMap<>();
        for (QueryParam p : q.params()) {
            if (terms.containsKey(p.name())) {
                ordered.put(p.name(), terms.remove(p.name()));
            } else if (!p.optional()) {
                try {
                    ordered.put(p.name(), term(p.defaultValue(), p.kind(), parsed.getPrefixMapping(), base));
                } catch (QueryUsageException x) {
                    throw new QueryUsageException(q.origin() + ": the default of parameter " + p.name() + ": " + x.getMessage());
                }
            }
        }
        ordered.putAll(terms);
        Map<Var, Node> map = new LinkedHashMap<>();
        ordered.forEach((k, v) -> map.put(Var.alloc(k), v));
        Query bound = map.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, map);
        dropConstantSortKeys(bound);
        return new BoundQuery(q, bound, ordered);
    }

    /**
     * Checks that each name is a parameter of the query: one its header declares, or (for a
     * query file without a header) a variable it uses.
     *
     * @throws QueryUsageException naming the query's parameters
     */
    public static void checkNames(CannedQuery q, Iterable<String> names) {
        Set<String> variables = null;
        for (String n : names) {
            String name = bareName(n);
            if (q.param(name) != null) continue;
            if (variables == null) variables = variables(q.text());
            if (!variables.contains(name)) throw unknown(q, name);
        }
    }

    private static String bareName(String n) {
        return n.startsWith("?") || n.startsWith("$") ? n.substring(1) : n;
    }

    /** The query text as sent: the bound query serialised. */
    public String text() {
        return query.serialize();
    }

    static Query parse(CannedQuery q) {
        try {
            return QueryFactory.create(q.text());
        } catch (QueryParseException e) {
            throw new QueryUsageException(q.origin() + ": " + e.getMessage(), e);
        }
    }

    /** The variable names a query text mentions outside its comments. */
    static Set<String> variables(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\r?\n")) {
            String l = line.strip();
            if (l.startsWith("#")) continue;
            Matcher m = VARIABLE.matcher(l);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /**
     * The RDF term a value stands for: an IRI in {@code <...>}, a literal in quotes, a prefixed
     * name with one of the query's prefixes (or {@code id:} and {@code sdg:}, as the table shows
     * IRIs), a number; or a bare word that the parameter's kind turns into a term.
     */
    public static Node term(String value, ParamKind kind, PrefixMapping prefixes, String base) {
        String v = value.strip();
        if (v.isEmpty()) throw new QueryUsageException("an empty value is no RDF term");
        char c = v.charAt(0);
        if (c == '<' || c == '"' || c == '\'' || kind == ParamKind.TERM) return rdfTerm(v, prefixes);
        int colon = v.indexOf(':');
        if (colon > 0 && kind != ParamKind.STRING) {
            String prefix = v.substring(0, colon);
            if (prefixes.getNsPrefixURI(prefix) != null) return rdfTerm(v, prefixes);
            // The short forms the table shows (id:body/UNODC, sdg:16.2) can be given back.
            String ns = prefix.equals("id") ? base + "id/" : prefix.equals("sdg") ? Vocab.SDG : null;
            if (ns != null) return rdfTerm("<" + ns + v.substring(colon + 1) + ">", prefixes);
        }
        return kind.bare(v, base);
    }

    private static Node rdfTerm(String v, PrefixMapping prefixes) {
        Node n;
        try {
            n = NodeFactoryExtra.parseNode(v, Prefixes.adapt(prefixes));
        } catch (RuntimeException e) {
            throw new QueryUsageException("'" + v + "' is not an RDF term (write <IRI>, prefix:name, a number or \"text\")");
        }
        if (n.isURI()) {
            try {
                // A reference: a scheme, maybe a fragment (IRIx's "absolute" excludes fragments).
                if (!IRIx.create(n.getURI()).isReference()) throw new IRIException("not absolute");
            } catch (IRIException e) {
                throw new QueryUsageException("'" + v + "' is not an absolute IRI");
            }
            return n;
        }
        if (n.isLiteral()) return n;
        throw new QueryUsageException("'" + v + "' is not an IRI or a literal");
    }

    private static QueryUsageException unknown(CannedQuery q, String name) {
        List<String> names = new ArrayList<>();
        for (QueryParam p : q.params()) names.add(p.name());
        return new QueryUsageException("query " + q.name() + " has no parameter '" + name + "'"
                + (names.isEmpty() ? "; it takes none" : "; its parameters: " + String.join(", ", names)));
    }

    /**
     * A sort key that became a constant once a variable was bound sorts nothing, and SPARQL does
     * not allow a bare IRI there: drop it, so that the query serialises to valid SPARQL.
     */
    private static void dropConstantSortKeys(Query q) {
        if (!q.hasOrderBy()) return;
        List<SortCondition> keep = new ArrayList<>();
        for (SortCondition sc : q.getOrderBy()) {
            if (sc.getExpression() != null && sc.getExpression().isConstant()) continue;
            keep.add(sc);
        }
        if (keep.size() == q.getOrderBy().size()) return;
        q.getOrderBy().clear();
        for (SortCondition sc : keep) q.addOrderBy(sc);
    }
}
