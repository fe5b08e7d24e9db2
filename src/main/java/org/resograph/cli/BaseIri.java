package org.resograph.cli;

import java.net.URI;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks the {@code --base} option: data IRIs are BASE + "id/...", so BASE must be absolute and end a path. */
final class BaseIri {
    private final CommandSpec spec;

    BaseIri(CommandSpec spec) {
        this.spec = spec;
    }

    void check(String base) {
        try {
            URI u = new URI(base);
            if (!u.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) throw new IllegalArgumentException();
        } catch (Exception e) {
            throw new ParameterException(spec.commandLine(), "--base must be an absolute IRI ending with / or #, got '" + base + "'");
        }
    }
}
