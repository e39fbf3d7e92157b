package org.w3id.diplokg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.model.SourceText;

class SourceReaderTest {
    private static final String CHINESE = "王毅：中俄关系是新型大国关系的典范。\n";

    @TempDir
    Path temp;

    private final SourceReader reader = new SourceReader();

    private String problem(Path file) {
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws Exception {
        byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        SourceText source = reader.read(Files.write(temp.resolve("bom.txt"), withBom));
        assertEquals(CHINESE, source.text());
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals("bom.txt", source.fileName());
        assertEquals(64, source.sha256().length());
    }

    @Test
    void readsGb18030ChineseAndSaysSo() throws Exception {
        SourceText source = reader.read(Files.write(temp.resolve("gbk.txt"), CHINESE.getBytes(Charset.forName("GBK"))));
        assertEquals(CHINESE, source.text());
        assertEquals("GB18030", source.charset().name());
    }

    @Test
    void refusesEmptyBinaryAndBrokenFilesNamingTheProblem() throws Exception {
        assertTrue(problem(Files.write(temp.resolve("empty.txt"), new byte[0])).endsWith("empty file"));
        assertTrue(problem(Files.writeString(temp.resolve("blank.txt"), " \n\n ")).endsWith("empty file (only whitespace)"));
        assertTrue(problem(Files.write(temp.resolve("b.bin"), new byte[] {'%', 'P', 'D', 'F', 0, 1})).endsWith("(NUL byte at byte offset 4)"));
        // Latin-1 bytes: not UTF-8, and as GB18030 not Chinese text.
        String latin = problem(Files.write(temp.resolve("latin.txt"), "Déclaration commune à Pékin".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(latin.contains("not valid UTF-8 (malformed byte 0xE9 at byte offset 1)"), latin);
        assertTrue(problem(temp.resolve("missing.txt")).endsWith("no such file"));
    }

    @Test
    void readsAFileOfSeveralMegabytes() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 3_000_000; i++) {
            big.append("第").append(i).append("段：").append(CHINESE);
        }
        SourceText source = reader.read(Files.writeString(temp.resolve("big.txt"), big));
        assertEquals(big.length(), source.text().length());
    }
}
