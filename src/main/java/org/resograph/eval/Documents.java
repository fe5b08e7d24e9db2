package org.resograph.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Extraction summaries keyed by the document they describe, as score.py's {@code load} keys
 * them: by their {@code file} field, or failing that by the JSON file's name with {@code .txt}.
 */
public final class Documents {
    private Documents() {}

    /** The documents read, and the files that could not be (with the reason). */
    public record Loaded(Map<Py.Key, Object> documents, List<String> problems) {}

    /** Reads every {@code *.json} of a folder, in the order of their names. */
    public static Loaded load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json")).toList());
        }
        files.sort((a, b) -> Py.compareStrings(a.getFileName().toString(), b.getFileName().toString()));
        Map<Py.Key, Object> docs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                put(docs, name, parse(Files.readString(f, StandardCharsets.UTF_8)));
            } catch (CharacterCodingException e) {
                problems.add(f + ": not valid UTF-8");
            } catch (IOException e) {
                problems.add(f + ": cannot be read (" + e.getMessage() + ")");
            } catch (JsonParseException | IllegalStateException e) {
                problems.add(f + ": not valid JSON (" + e.getMessage() + ")");
            } catch (ScoreException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        return new Loaded(docs, problems);
    }

    /** Adds a summary under its key; a later one with the same key replaces an earlier one. */
    public static void put(Map<Py.Key, Object> docs, String jsonName, Object document) {
        if (!(document instanceof Map)) throw new ScoreException("not a JSON object but a " + Py.typeName(document));
        String stem = jsonName.endsWith(".json") ? jsonName.substring(0, jsonName.length() - 5) : jsonName;
        docs.put(new Py.Key(Py.or(Py.get(document, "file"), stem + ".txt")), document);
    }

    /** Adds a summary made in memory ({@link org.resograph.summary.Summary#object}). */
    public static void put(Map<Py.Key, Object> docs, String jsonName, JsonObject summary) {
        put(docs, jsonName, Py.fromJson(summary));
    }

    /** Parses JSON text as strictly as Python's {@code json.loads}. */
    public static Object parse(String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("extra data after the JSON value");
            return Py.fromJson(e);
        } catch (IOException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }
}
