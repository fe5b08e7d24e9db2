package org.resograph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * How an answer is written: an aligned text table for people; the standard SPARQL results
 * formats (CSV, TSV, JSON) for programs; Graphviz DOT for lineage pictures.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, DOT;

    /** The format of that name (any case). */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryUsageException("unknown format '" + name + "'; use table, csv, tsv, json or dot");
        }
    }

    /**
     * Writes an answer.
     *
     * @param display how the table and DOT formats show terms
     * @param width the table's widest cell (0: no limit)
     */
    public void write(QueryResult r, OutputStream out, Display display, int width) {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        switch (this) {
            case TABLE -> {
                if (r.ask() != null) ps.println(r.ask() ? "yes" : "no");
                else if (r.graph() != null) RDFDataMgr.write(ps, r.graph(), Lang.TURTLE);
                else new TableWriter(display, width).write(r, ps);
            }
            case DOT -> new DotWriter(display).write(r, ps);
            default -> standard(r, ps);
        }
        ps.flush();
    }

    private void standard(QueryResult r, PrintStream out) {
        if (r.graph() != null) {
            RDFDataMgr.write(out, r.graph(), this == JSON ? Lang.JSONLD : Lang.NTRIPLES);
            return;
        }
        Lang lang = switch (this) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        ResultsWriter w = ResultsWriter.create().lang(lang).build();
        if (r.ask() != null) w.write(out, r.ask());
        else w.write(out, RowSetStream.create(r.vars(), r.rows().iterator()));
    }
}
