package org.w3id.diplokg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {
    @Test
    void rowsKeepTheirLineNumbersPastCommentsAndBlankLines(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("list.tsv"), "# names\n\n中国\tChina\r\n俄罗斯\tRussia|俄\n");
        List<DataFile.Row> rows = DataFile.read(file);
        assertEquals(List.of(3, 4), rows.stream().map(DataFile.Row::line).toList());
        assertEquals("China", rows.get(0).cell(1), "a Windows line end is not part of the last cell");
        assertEquals(List.of("Russia", "俄"), rows.get(1).list(1));
        assertEquals(file + ":4: no such column", rows.get(1).problem("no such column").getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLine(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("list.tsv");
        Files.write(file, concat("中国\n美国\n".getBytes(StandardCharsets.UTF_8), "日本\n".getBytes("GB18030")));
        DataFile.Problem problem = assertThrows(DataFile.Problem.class, () -> DataFile.read(file));
        assertEquals(file + ":3: not UTF-8 text", problem.getMessage());
        assertEquals(3, problem.line());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path temp) {
        Path file = temp.resolve("absent.tsv");
        DataFile.Problem problem = assertThrows(DataFile.Problem.class, () -> DataFile.read(file));
        assertEquals(0, problem.line());
        assertTrue(problem.getMessage().startsWith(file + ": cannot be read"), problem.getMessage());
        assertEquals("/no/such/resource.tsv: missing data file",
                assertThrows(DataFile.Problem.class, () -> DataFile.read("/no/such/resource.tsv")).getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
