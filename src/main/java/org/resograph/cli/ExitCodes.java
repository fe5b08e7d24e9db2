package org.resograph.cli;

/** Exit codes of every command (also listed by {@code resograph --help}). */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    public static final int FAILED_INPUTS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
}
