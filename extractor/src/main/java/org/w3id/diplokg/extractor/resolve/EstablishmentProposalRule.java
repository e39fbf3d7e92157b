package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A proposal named by what it would set up (关于建立东南亚和平、自由和中立区的主张, 提出的建立高丽民主联邦共和国的主张, 关于建立南亚
 * 无核区的倡议): an initiative named as the zone, order, community or state to be set up, where that names a place or
 * order the reference list does not know. What it would set up must end in such a head (区, 秩序, 共同体, 共和国, 联邦):
 * 建立两国战略伙伴关系的建议 proposes a relationship, no named programme.
 */
final class EstablishmentProposalRule {
    static final double CONFIDENCE = 0.7;
    private static final Pattern PROPOSED = Pattern.compile(
            "(?:关于|提出了?的?|的)建立(?<named>[^，。；的“”《》]{3,20}?(?:区|秩序|共同体|共和国|联邦))的(?:主张|建议|倡议|方案|构想|设想)");

    private final Gazetteer gazetteer;

    EstablishmentProposalRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher proposed = PROPOSED.matcher(sentence);
        while (proposed.find()) {
            String named = proposed.group("named");
            if (gazetteer.byName(named).isPresent()) {
                continue; // 国际经济新秩序: a known name is the name matcher's
            }
            found.add(NewNames.candidate(proposed.start("named"), named, EntityType.INITIATIVE, CONFIDENCE, true));
        }
        return found;
    }
}
