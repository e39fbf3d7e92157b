package org.w3id.diplokg.extractor.structure;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;

/**
 * The year a text says it is in by counting an anniversary: 今年是中法建交35周年 is 1964 + 35. The
 * years the anniversaries count from are facts kept in {@code anniversary-years.tsv}; an anniversary
 * of something not listed says nothing. A text whose anniversaries disagree gives no year.
 */
final class AnniversaryYear {
    private record Origin(Pattern what, int year) {}

    private static final Pattern THIS_YEAR_IS = Pattern.compile(
            "今年(?:也|又|还|正|恰)?(?:是|适逢|恰逢|正值|正逢|为)(?<what>[^。！？；，\\n]{1,40}?)"
                    + "(?<count>\\d{1,3}|[一二三四五六七八九十]{1,3})周年");

    private final List<Origin> origins = DataFile.read("/org/w3id/diplokg/extractor/structure/anniversary-years.tsv").stream()
            .map(row -> new Origin(Pattern.compile(row.cell(0)), Integer.parseInt(row.cell(1)))).toList();

    /** The year every listed anniversary in {@code text} agrees on, if there is one. */
    Optional<Integer> in(String text) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher anniversary = THIS_YEAR_IS.matcher(text);
        while (anniversary.find()) {
            int elapsed = WrittenDates.number(anniversary.group("count"));
            for (Origin origin : origins) {
                if (origin.what.matcher(anniversary.group("what")).find()) {
                    years.add(origin.year + elapsed);
                }
            }
        }
        return years.size() == 1 ? Optional.of(years.first()) : Optional.empty();
    }
}
