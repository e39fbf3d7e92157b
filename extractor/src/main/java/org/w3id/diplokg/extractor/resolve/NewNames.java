package org.w3id.diplokg.extractor.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Entities the gazetteer lacks, named by their normalised name so that one thing written two ways
 * is one entity: quotation marks dropped (“一带一路”倡议), and a session's number in Chinese numerals
 * (第26届联合国大会 and 第二十六届联合国大会 are one assembly, known by both).
 */
final class NewNames {
    private static final Pattern COUNCIL_RESOLUTION = Pattern.compile("^(?:联合国)?安理会第(\\d+)号决议$");
    private static final Pattern ARABIC_SESSION = Pattern.compile("第(\\d{1,2})([届次])");

    private NewNames() {}

    /** The Council's resolution as the ministry names it (联合国安理会第2231号决议), whose full name spells the Council out. */
    private static final Pattern COUNCIL_NAMED = Pattern.compile("^联合国安理会(第\\d+号决议)$");

    /** A rule's reading of a name the gazetteer lacks, written {@code name} at {@code begin}: a new entity of this type. */
    static Candidate candidate(int begin, String name, EntityType type, double confidence, boolean nests) {
        Mention mention = new Mention(begin, begin + name.length(), name, named(type, name), confidence, Annotator.RULE);
        return new Candidate(begin, begin + name.length(), Candidate.RULE, java.util.List.of(mention), nests);
    }

    static Entity named(EntityType type, String asWritten) {
        String name = normalized(asWritten);
        Matcher council = COUNCIL_NAMED.matcher(name);
        if (council.matches()) { // known by its full name too: 联合国安全理事会第2231号决议
            return new Entity(name, type, name, null, java.util.List.of("联合国安全理事会" + council.group(1)), null, true, null);
        }
        String inFigures = sessionsInFigures(name);
        // known by the figures too (第六十三届联合国大会 is also written 第63届联合国大会), one alias whoever wrote it first
        return inFigures.equals(name) ? Entity.named(type, name)
                : new Entity(name, type, name, null, java.util.List.of(inFigures), null, true, null);
    }

    /** A session's number in Chinese numerals (第六十三届) is written in figures (第63届). */
    private static final Pattern CHINESE_SESSION = Pattern.compile("第([一二三四五六七八九十]{1,3})([届次])");

    private static String sessionsInFigures(String name) {
        Matcher session = CHINESE_SESSION.matcher(name);
        StringBuilder out = new StringBuilder();
        while (session.find()) {
            session.appendReplacement(out, "第" + ChineseNumerals.parse(session.group(1)) + session.group(2));
        }
        session.appendTail(out);
        return out.toString();
    }

    static String normalized(String asWritten) {
        String name = asWritten.replaceAll("[“”\"《》]", "");
        // 安理会第2231号决议 and 联合国安理会第2231号决议 are one resolution, named in full
        name = COUNCIL_RESOLUTION.matcher(name).replaceFirst("联合国安理会第$1号决议");
        Matcher session = ARABIC_SESSION.matcher(name);
        StringBuilder out = new StringBuilder();
        while (session.find()) {
            session.appendReplacement(out, "第" + ChineseNumerals.format(Integer.parseInt(session.group(1))) + session.group(2));
        }
        session.appendTail(out);
        return out.toString();
    }
}
