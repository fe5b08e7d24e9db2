package org.resograph.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of adoption facts that users put beside their texts: which draft became which
 * resolution, when, and who says so. A CSV file named {@code adoptions.csv} (or
 * {@code *.adoptions.csv}) with a header row and the columns
 * <ul>
 * <li>{@code symbol} or {@code file}: the draft, by its symbol ({@code E/CN.15/2019/L.3/Rev.1})
 * or, for an unsymbolled draft, by the name of its text file;</li>
 * <li>{@code adopted_as}: the resolution, by its document symbol ({@code A/RES/74/174},
 * {@code E/RES/2006/27}, {@code S/RES/2331 (2016)}) or by body and number ({@code GA 74/174});</li>
 * <li>{@code date}: the date of adoption, {@code YYYY-MM-DD};</li>
 * <li>{@code source}: where the fact comes from (a citation or an address), required;</li>
 * <li>{@code note}: optional, e.g. that the fact was not checked against a page.</li>
 * </ul>
 */
public final class AdoptionTable {
    /** One row, as written. {@code line} is the row's line in the file. */
    public record Row(long line, String symbol, String file, String adoptedAs, LocalDate date, String source, String note) {}

    private static final Set<String> COLUMNS = Set.of("symbol", "file", "adopted_as", "date", "source", "note");

    private AdoptionTable() {}

    public static boolean isAdoptionTable(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.equals("adoptions.csv") || n.endsWith(".adoptions.csv");
    }

    /** Reads every row; any bad row makes the whole table fail, with the file, line and problem. */
    public static List<Row> read(Path file) throws InputProblem {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSVParser.parse(r, format)) {
            List<String> header = csv.getHeaderNames();
            for (String h : header) {
                if (!COLUMNS.contains(h)) throw new InputProblem(name, "unknown column '" + h + "' (expected " + String.join(", ", COLUMNS.stream().sorted().toList()) + ")");
            }
            for (String required : List.of("adopted_as", "date", "source")) {
                if (!header.contains(required)) throw new InputProblem(name, "missing column '" + required + "'");
            }
            if (!header.contains("symbol") && !header.contains("file")) throw new InputProblem(name, "needs a 'symbol' or a 'file' column");
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : csv) rows.add(row(name, rec));
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputProblem(name, "cannot be read as CSV: " + e.getMessage());
        }
    }

    private static Row row(String name, CSVRecord rec) throws InputProblem {
        long line = rec.getParser().getCurrentLineNumber();
        String symbol = get(rec, "symbol");
        String file = get(rec, "file");
        if (symbol == null && file == null) throw new InputProblem(name, "line " + line + ": neither symbol nor file");
        String adoptedAs = get(rec, "adopted_as");
        if (adoptedAs == null) throw new InputProblem(name, "line " + line + ": no adopted_as");
        String source = get(rec, "source");
        if (source == null) throw new InputProblem(name, "line " + line + ": no source (every fact needs one)");
        String d = get(rec, "date");
        LocalDate date;
        try {
            date = d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new InputProblem(name, "line " + line + ": date '" + d + "' is not YYYY-MM-DD");
        }
        return new Row(line, symbol, file, adoptedAs, date, source, get(rec, "note"));
    }

    private static String get(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) return null;
        String v = rec.get(column).trim();
        return v.isEmpty() ? null : v;
    }
}
