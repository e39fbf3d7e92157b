package org.w3id.diplokg.extractor.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.w3id.diplokg.data.Sha256;
import org.w3id.diplokg.extractor.model.SourceText;

/**
 * Source stage: reads a transcript file into text, refusing what is not a transcript with a
 * message that names the file and the problem. UTF-8 is expected; a file that is not UTF-8 but is
 * valid GB18030 (which includes GBK and GB2312) Chinese text is accepted and reported as such.
 */
public final class SourceReader {
    /** Larger files are not transcripts; the limit keeps memory bounded. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    public SourceText read(Path file) throws InputException {
        byte[] bytes = readBytes(file);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (bytes.length - start == 0) {
            throw new InputException(file, "empty file");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new InputException(file, "binary file, not text (NUL byte at byte offset " + nul + ")");
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = strictDecode(bytes, start, StandardCharsets.UTF_8);
        } catch (CharacterCodingException utf8Problem) {
            String where = describe(utf8Problem, bytes, start);
            try {
                text = strictDecode(bytes, 0, GB18030);
                charset = GB18030;
            } catch (CharacterCodingException gbProblem) {
                throw new InputException(file, "not valid UTF-8 (" + where + ") and not GB18030 text either");
            }
            if (!mostlyChinese(text)) {
                throw new InputException(file, "not valid UTF-8 (" + where + "), and as GB18030 it is not Chinese text");
            }
        }
        if (text.isBlank()) {
            throw new InputException(file, "empty file (only whitespace)");
        }
        if (controlCharacterShare(text) > 0.01) {
            throw new InputException(file, "binary file, not text (too many control characters)");
        }
        return new SourceText(file, String.valueOf(file.getFileName()), text, charset, Sha256.hex(bytes));
    }

    private static byte[] readBytes(Path file) throws InputException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String strictDecode(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    /** Names the first bad byte, found by decoding again up to it. */
    private static String describe(CharacterCodingException problem, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var result = decoder.decode(input, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        if (result.isError()) {
            int offset = input.position();
            return String.format("malformed byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset);
        }
        return problem instanceof MalformedInputException ? "malformed input" : problem.getMessage();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Latin-1 or random bytes can decode as GB18030; real Chinese text is mostly CJK ideographs. */
    private static boolean mostlyChinese(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long ideographs = text.codePoints().filter(Character::isIdeographic).count();
        return letters > 0 && ideographs * 2 >= letters;
    }

    private static double controlCharacterShare(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        return (double) control / text.length();
    }
}
