package org.resograph.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The canned queries: the {@code .rq} files of the project's {@code queries/} folder, which the
 * build puts in the jar under {@code queries/}, so that they are found from any working
 * directory. A query is run by name ({@code mandates}) or by the path of a {@code .rq} file.
 */
public final class QueryCatalogue {
    /** Where the queries are on the class path. */
    public static final String RESOURCE_DIR = "queries";

    private final Map<String, CannedQuery> queries;

    private QueryCatalogue(Map<String, CannedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    private static volatile QueryCatalogue packaged;

    /** The queries packaged with ResoGraph (the class path's {@code queries/}), read once. */
    public static QueryCatalogue builtIn() {
        QueryCatalogue c = packaged;
        if (c == null) {
            c = readPackaged();
            packaged = c;
        }
        return c;
    }

    private static QueryCatalogue readPackaged() {
        URL url = QueryCatalogue.class.getClassLoader().getResource(RESOURCE_DIR + "/");
        if (url == null) url = QueryCatalogue.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) return new QueryCatalogue(Map.of());
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return fromFolder(Path.of(uri));
            // A jar: URI names the jar and the entry; the folder is read through the jar's file system.
            String u = uri.toString();
            URI jar = URI.create(u.substring(0, u.indexOf("!/")));
            FileSystem fs;
            boolean opened;
            try {
                fs = FileSystems.newFileSystem(jar, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(jar);
                opened = false;
            }
            try {
                return fromFolder(fs.getPath("/" + RESOURCE_DIR));
            } finally {
                if (opened) fs.close();
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged queries at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Every {@code *.rq} file of a folder (not its sub-folders), by file name. */
    public static QueryCatalogue fromFolder(Path dir) throws IOException {
        Map<String, CannedQuery> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) return new QueryCatalogue(found);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".rq") || !Files.isRegularFile(p)) continue;
                String name = file.substring(0, file.length() - 3);
                found.put(name, CannedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8), "queries/" + file));
            }
        }
        return new QueryCatalogue(found);
    }

    /** Reads one {@code .rq} file given by path. */
    public static CannedQuery fromFile(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return CannedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new QueryUsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Collection<CannedQuery> all() {
        return queries.values();
    }

    public List<String> names() {
        return new ArrayList<>(queries.keySet());
    }

    /** The query of that name, or null. */
    public CannedQuery get(String name) {
        return queries.get(name);
    }

    /**
     * A query by name or, when the argument names a file (or ends in {@code .rq}), by path.
     *
     * @throws QueryUsageException when it is neither
     */
    public CannedQuery resolve(String nameOrPath) {
        CannedQuery q = queries.get(nameOrPath);
        if (q != null) return q;
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) return fromFile(p);
        if (nameOrPath.endsWith(".rq")) throw new QueryUsageException("no such query file: " + nameOrPath);
        throw new QueryUsageException("no query named '" + nameOrPath + "'; `resograph query --list` lists them"
                + " (or give the path of a .rq file)");
    }
}
