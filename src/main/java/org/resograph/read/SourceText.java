package org.resograph.read;

/**
 * A decoded input file: its name (no folder), its text and the SHA-256 of its bytes.
 *
 * @param name     the file name, as the summary's {@code file} field gives it
 * @param text     the decoded text, byte-order mark removed
 * @param sha256   hex digest of the file's bytes
 */
public record SourceText(String name, String text, String sha256) {}
