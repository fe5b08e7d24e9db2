package org.resograph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SourceReaderTest {

    @Test
    void emptyFileIsRefusedWithItsName() {
        InputProblem p = assertThrows(InputProblem.class, () -> SourceReader.decode("a.txt", new byte[0]));
        assertEquals("a.txt: the file is empty", p.getMessage());
    }

    @Test
    void whiteSpaceOnlyIsRefused() {
        InputProblem p = assertThrows(InputProblem.class, () -> SourceReader.decode("b.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(p.getMessage().contains("only white space"), p.getMessage());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 'x'};
        InputProblem p = assertThrows(InputProblem.class, () -> SourceReader.decode("c.pdf", zip));
        assertTrue(p.getMessage().startsWith("c.pdf: binary file (NUL byte at offset 4)"), p.getMessage());
    }

    @Test
    void latin1IsRefusedWithTheOffendingByte() {
        byte[] latin1 = "Résolution".getBytes(StandardCharsets.ISO_8859_1);
        InputProblem p = assertThrows(InputProblem.class, () -> SourceReader.decode("d.txt", latin1));
        assertTrue(p.getMessage().contains("not valid UTF-8 (bad byte 0xE9 at offset 1)"), p.getMessage());
    }

    @Test
    void byteOrderMarkIsDroppedAndDigestKept() throws Exception {
        byte[] bom = "\uFEFFThe General Assembly,".getBytes(StandardCharsets.UTF_8);
        SourceText t = SourceReader.decode("e.txt", bom);
        assertEquals("The General Assembly,", t.text());
        assertEquals(64, t.sha256().length());
    }
}
