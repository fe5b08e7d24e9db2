package org.resograph.read;

/**
 * An input that cannot be converted: empty, binary, not UTF-8, or without the structure of a
 * resolution. The message names the file and says what is wrong with it.
 */
public final class InputProblem extends Exception {
    private final String file;

    public InputProblem(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
