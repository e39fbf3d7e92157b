package org.w3id.diplokg.extractor.normalize;

import java.util.regex.Pattern;

/** One OCR repair: text matching {@code pattern} is replaced by {@code replacement} of the same length. */
record OcrFix(Pattern pattern, String replacement, String note) {}
