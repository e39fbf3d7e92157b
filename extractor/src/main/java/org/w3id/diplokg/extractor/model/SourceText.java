package org.w3id.diplokg.extractor.model;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A source file decoded to text.
 *
 * @param path     where it was read from
 * @param fileName its file name, the document's dkg:sourceFile
 * @param text     the decoded text, unchanged (offsets into it are what source spans point at)
 * @param charset  the encoding it was read in (UTF-8, or GB18030 when it was not UTF-8)
 * @param sha256   hex SHA-256 of the file's bytes
 */
public record SourceText(Path path, String fileName, String text, Charset charset, String sha256) {}
