package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;

import picocli.CommandLine;

/** The command line as a user meets it: help, version, exit codes, bad input in a batch. */
public class CliTest {

    /** A command's exit code and what it printed. */
    public record Run(int code, String out, String err) {}

    /** Runs the command line in this JVM, capturing standard output and error. */
    public static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() {
        CommandLine cl = Main.commandLine();
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            Run r = run(name, "--help");
            assertEquals(0, r.code(), name);
            assertTrue(r.out().contains("Usage: resograph " + name), name + ": " + r.out());
        }
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("resograph "), v.out());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(ExitCodes.USAGE, run("extract", "--no-such-option", "x").code());
        assertEquals(ExitCodes.USAGE, run("extract").code(), "missing inputs and output");
        Run r = run("convert", "seeds", "-o", "out", "--base", "not an iri");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--base must be an absolute IRI"), r.err());
    }

    @Test
    void aBatchWithBadFilesGoesOnAndSaysWhichFailed(@TempDir Path out) throws Exception {
        Run r = run("extract", TestData.FIXTURES.toString(), "-o", out.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code());
        assertTrue(r.err().contains("empty.txt: the file is empty"), r.err());
        assertTrue(r.err().contains("binary.txt: binary file"), r.err());
        assertTrue(r.err().contains("latin1.txt: not valid UTF-8"), r.err());
        assertTrue(r.err().contains("no-structure.txt: no resolution structure"), r.err());
        assertTrue(Files.exists(out.resolve("sc-layout.json")), "good files are still converted");
        assertTrue(!Files.exists(out.resolve("empty.json")), "nothing is written for a failed file");
    }

    @Test
    void convertWritesAFolderAFileOrStandardOutput(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("rdf");
        assertEquals(0, run("convert", "seeds", "-o", dir.toString(), "--summary", "-q").code());
        assertTrue(Files.exists(dir.resolve("000_931544732abc5d6a.trig")));
        assertTrue(Files.exists(dir.resolve("000_931544732abc5d6a.json")));

        Path nq = tmp.resolve("all.nq");
        assertEquals(0, run("convert", "seeds", "-o", nq.toString(), "--with-reference", "-q").code());
        DatasetGraph d = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertEquals(7, d.size(), "five document graphs, the ontology graph and the reference graph");

        Run stdout = run("convert", TestData.FIXTURES.resolve("sc-layout.txt").toString(), "-o", "-", "-f", "nq", "-q");
        assertEquals(0, stdout.code());
        assertTrue(stdout.out().contains("<https://w3id.org/resograph/id/resolution/sc/2601>"), "cited resolutions get nodes");
        assertTrue(stdout.err().isEmpty(), stdout.err());
    }

    @Test
    void noTextFilesIsAnError(@TempDir Path empty) {
        Run r = run("extract", empty.toString(), "-o", empty.resolve("out").toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code());
        assertTrue(r.err().contains("no text files found"), r.err());
    }

    @Test
    void exitCodesAreListedInTheHelp() {
        String help = run("--help").out();
        for (String line : List.of("0", "1", "2", "3")) assertTrue(help.contains("  " + line + "  "), help);
    }
}
