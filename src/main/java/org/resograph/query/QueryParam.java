package org.resograph.query;

/**
 * A parameter of a canned query, from a header line
 * {@code # param: NAME [(KIND)] = DEFAULT — MEANING}. The parameter is the query variable
 * {@code ?NAME}; a default of {@code (any)} (or nothing) leaves the variable unbound, so that it
 * matches everything.
 *
 * @param name the variable name, without {@code ?}
 * @param kind how a bare word becomes an RDF term
 * @param defaultValue the value used when none is given, or null for "unbound"
 * @param meaning what the parameter is, in plain words
 */
public record QueryParam(String name, ParamKind kind, String defaultValue, String meaning) {
    public boolean optional() {
        return defaultValue == null;
    }
}
