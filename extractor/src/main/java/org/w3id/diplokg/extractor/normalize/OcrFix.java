package org.w3id.diplokg.extractor.normalize;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.diplokg.data.DataFile;

/**
 * One OCR repair: {@code misread} becomes {@code repair} where the text before and after matches
 * the row's context patterns. The two are as long as each other, because the normalised text's
 * offset map is built before the repairs and must stay valid after them.
 */
record OcrFix(String misread, String repair, Pattern pattern, String note) {

    /** A repair from its row ({@code misread  repair  before  after  note}); refuses one that changes the text's length. */
    static OcrFix of(DataFile.Row row) {
        String misread = row.cell(0);
        String repair = row.cell(1);
        if (misread == null || repair == null) {
            throw row.problem("expected misread<TAB>repair<TAB>before<TAB>after<TAB>note");
        }
        if (misread.length() != repair.length()) {
            throw row.problem("the repair of " + misread + " by " + repair + " changes the length (" + misread.length()
                    + " to " + repair.length() + " UTF-16 units): the offsets into the source would shift");
        }
        String before = row.cell(2) == null ? "" : "(?<=" + row.cell(2) + ")";
        String after = row.cell(3) == null ? "" : "(?=" + row.cell(3) + ")";
        try {
            return new OcrFix(misread, repair, Pattern.compile(before + Pattern.quote(misread) + after), row.cell(4) == null ? "" : row.cell(4));
        } catch (PatternSyntaxException e) {
            throw row.problem("the context of " + misread + " is not a regular expression: " + e.getDescription());
        }
    }
}
