package org.resograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of the catalogue: a {@code .rq} file whose opening comment block says what it answers.
 *
 * <pre>
 * # title: Mandates given to a body
 * # question: What has a body been asked to do, ...?
 * # param: body = UNODC — the body, by its id in the reference data
 * # param: to (body) = (any) — the body reported to; leave unbound for all
 * # example: resograph query mandates --param body=SG
 * PREFIX ...
 * </pre>
 *
 * A comment line without a key continues the field above it. Parameters are query variables
 * ({@code ?body}); their values are bound as RDF terms, never pasted into the text.
 *
 * @param name the name the query is run by (the file name without {@code .rq})
 * @param origin where the text was read from, for messages
 */
public record CannedQuery(String name, String title, String question, List<QueryParam> params,
        List<String> examples, String text, String origin) {

    private static final Pattern FIELD = Pattern.compile("#\\s*([a-z]+)\\s*:\\s?(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(\\s*([A-Za-z-]+)\\s*\\))?\\s*=\\s*(.*?)(?:\\s+(?:\u2014|\u2013|--)\\s*(.*))?");

    public CannedQuery {
        params = List.copyOf(params);
        examples = List.copyOf(examples);
    }

    /** The parameter named {@code name}, or null. */
    public QueryParam param(String paramName) {
        for (QueryParam p : params) if (p.name().equals(paramName)) return p;
        return null;
    }

    /**
     * Reads the header of a query text.
     *
     * @throws QueryUsageException when a {@code param:} line cannot be read or names an unknown kind
     */
    public static CannedQuery parse(String name, String text, String origin) {
        String title = null;
        StringBuilder question = null;
        List<QueryParam> params = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        String last = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                last = null;
                continue;
            }
            if (!line.startsWith("#")) break;
            Matcher f = FIELD.matcher(line);
            String key = f.matches() ? f.group(1).toLowerCase(Locale.ROOT) : null;
            if (key != null && List.of("title", "question", "param", "example").contains(key)) {
                String value = f.group(2).strip();
                switch (key) {
                    case "title" -> title = value;
                    case "question" -> question = new StringBuilder(value);
                    case "param" -> params.add(param(value, name, origin));
                    default -> examples.add(value);
                }
                last = key;
            } else if (last != null) {
                // A continuation of the field above.
                String more = line.substring(1).strip();
                if (more.isEmpty()) continue;
                switch (last) {
                    case "title" -> title = title + " " + more;
                    case "question" -> question.append(' ').append(more);
                    case "param" -> {
                        QueryParam p = params.remove(params.size() - 1);
                        params.add(new QueryParam(p.name(), p.kind(), p.defaultValue(),
                                p.meaning().isEmpty() ? more : p.meaning() + " " + more));
                    }
                    default -> examples.set(examples.size() - 1, examples.get(examples.size() - 1) + " " + more);
                }
            }
        }
        for (int i = 0; i < params.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (params.get(i).name().equals(params.get(j).name())) {
                    throw new QueryUsageException(origin + ": parameter '" + params.get(i).name() + "' is declared twice");
                }
            }
        }
        return new CannedQuery(name, title == null ? "" : title, question == null ? "" : question.toString(),
                params, examples, text, origin);
    }

    private static QueryParam param(String value, String name, String origin) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new QueryUsageException(origin + ": cannot read the parameter line '" + value
                    + "' (expected: NAME [(KIND)] = DEFAULT \u2014 MEANING)");
        }
        ParamKind kind;
        if (m.group(2) != null) {
            kind = ParamKind.byKeyword(m.group(2));
            if (kind == null) throw new QueryUsageException(origin + ": unknown parameter kind '" + m.group(2) + "'");
        } else {
            kind = ParamKind.forName(m.group(1));
        }
        String def = m.group(3).strip();
        if (def.isEmpty() || def.equals("(any)")) def = null;
        String meaning = m.group(4) == null ? "" : m.group(4).strip();
        return new QueryParam(m.group(1), kind, def, meaning);
    }
}
