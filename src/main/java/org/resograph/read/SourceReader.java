package org.resograph.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads an input file as strict UTF-8, refusing empty, binary and mis-encoded files. */
public final class SourceReader {
    private SourceReader() {}

    public static SourceText read(Path file) throws InputProblem {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(name, "cannot be read (" + e.getMessage() + ")");
        }
        return decode(name, bytes);
    }

    public static SourceText decode(String name, byte[] bytes) throws InputProblem {
        if (bytes.length == 0) throw new InputProblem(name, "the file is empty");
        int controls = 0;
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new InputProblem(name, "binary file (NUL byte at offset " + i + "), expected UTF-8 text");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
        }
        if (controls > probe / 20) {
            throw new InputProblem(name, "binary file (" + controls + " control bytes in the first " + probe + "), expected UTF-8 text");
        }
        String text = strictUtf8(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new InputProblem(name, "the file holds only white space");
        return new SourceText(name, text, sha256(bytes));
    }

    private static String strictUtf8(String name, byte[] bytes) throws InputProblem {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new InputProblem(name, "not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + " at offset " + in.position()
                    + "); convert it to UTF-8 first, e.g. with iconv");
        }
        r = dec.flush(out);
        if (r.isError()) throw new InputProblem(name, "not valid UTF-8 (truncated sequence at the end)");
        out.flip();
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For callers that hold text already (tests, benchmarks). */
    public static SourceText ofString(String name, String text) {
        try {
            return decode(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (InputProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

}
