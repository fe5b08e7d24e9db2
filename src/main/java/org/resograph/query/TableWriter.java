package org.resograph.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Rows as an aligned text table: a header, a rule, one line per row, and the row count. Numbers
 * are aligned right. IRIs are shortened by prefix ({@code id:body/UNODC}) but never cut; a text
 * longer than the width limit is cut with an ellipsis; a limit of 0 shows every text whole.
 */
final class TableWriter {
    private final Display display;
    private final int maxWidth;

    TableWriter(Display display, int maxWidth) {
        this.display = display;
        this.maxWidth = maxWidth;
    }

    void write(QueryResult r, PrintStream out) {
        List<Var> vars = r.vars();
        int n = vars.size();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        boolean[] any = new boolean[n];
        for (Binding b : r.rows()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Node v = b.get(vars.get(i));
                row[i] = fit(display.show(v), v != null && v.isURI());
                if (v != null) {
                    any[i] = true;
                    if (!isNumber(v)) numeric[i] = false;
                }
            }
            cells.add(row);
        }
        int[] width = new int[n];
        for (int i = 0; i < n; i++) width[i] = vars.get(i).getVarName().length();
        for (String[] row : cells) for (int i = 0; i < n; i++) width[i] = Math.max(width[i], row[i].length());
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean right = numeric[i] && any[i];
            head.append(pad(vars.get(i).getVarName(), width[i], right, i == n - 1));
            rule.append("-".repeat(width[i]));
            if (i < n - 1) {
                head.append("  ");
                rule.append("  ");
            }
        }
        out.println(head.toString().stripTrailing());
        out.println(rule);
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.append(pad(row[i], width[i], numeric[i] && any[i], i == n - 1));
                if (i < n - 1) line.append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
    }

    /** IRIs are shown whole (they can be pasted back as parameter values); long text is cut. */
    private String fit(String s, boolean iri) {
        if (iri || maxWidth <= 0 || s.length() <= maxWidth) return s;
        if (maxWidth < 2) return s.substring(0, maxWidth);
        return s.substring(0, maxWidth - 1) + "\u2026";
    }

    private static boolean isNumber(Node v) {
        if (!v.isLiteral()) return false;
        String dt = v.getLiteralDatatypeURI();
        return dt != null && dt.startsWith("http://www.w3.org/2001/XMLSchema#")
                && dt.matches(".*#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger)");
    }

    private static String pad(String s, int width, boolean right, boolean last) {
        if (s.length() >= width) return s;
        String spaces = " ".repeat(width - s.length());
        if (right) return spaces + s;
        return last ? s : s + spaces;
    }
}
