package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A state's diplomatic mission, named by who sends it and where (中国驻斯里兰卡使馆, 美国驻华大使馆,
 * 中国常驻联合国代表团), and a body's peace or observer mission in a state (非盟驻索马里特派团, 联合国驻黎巴嫩临时部队):
 * no list can hold them all, and the segmenter breaks them at 驻. Both sides must be parties: the sender a
 * country the gazetteer knows (or a body, for a body's kinds of mission), the host a place or body it knows or one
 * character (the host's short form), so 进驻 or 派驻 in a clause names nothing.
 */
final class MissionRule {
    static final double CONFIDENCE = 0.6;
    /** Sender, 驻 or 常驻, host, the kind of mission; sender and host are checked against the gazetteer. */
    private static final Pattern MISSION = Pattern.compile(
            "(?<sender>[\\p{IsHan}]{1,10}?)常?驻(?<host>[\\p{IsHan}]{1,12}?)(?:特命全权大使馆|大使馆|使馆|总领事馆|总领馆|领事馆|代表团|使团"
                    + "|(?<bodyMission>特派团|观察团|临时部队|维和部队|稳定团|援助团))");

    private final Gazetteer gazetteer;

    MissionRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher mission = MISSION.matcher(sentence);
        while (mission.find()) {
            // a body sends peace and observer missions (非盟驻苏丹特派团), a state its embassies and delegations
            EntityType sender = mission.group("bodyMission") != null ? EntityType.ORGANIZATION : EntityType.COUNTRY;
            int senderBegin = senderBegin(mission.group("sender"), sender);
            if (senderBegin < 0 || !isParty(mission.group("host"))) {
                continue;
            }
            int begin = mission.start() + senderBegin;
            String surface = sentence.substring(begin, mission.end());
            Mention mention = new Mention(begin, mission.end(), surface, NewNames.named(EntityType.ORGANIZATION, surface),
                    CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, mission.end(), Candidate.RULE, List.of(mention)));
        }
        return found;
    }

    /** Where the longest name of the sender's type ending the text before 驻 begins, or -1. */
    private int senderBegin(String before, EntityType sender) {
        for (int start = 0; start < before.length(); start++) {
            String words = before.substring(start);
            if (gazetteer.byName(words).filter(e -> e.type() == sender).isPresent()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * A country, place or body by name, or one character: after a state's name and 驻, a single
     * character before 使馆 is always the host's short form (驻华, 驻美, 驻斯), listed or not.
     */
    private boolean isParty(String host) {
        return host.length() == 1
                || gazetteer.byName(host).filter(e -> e.type() != EntityType.PERSON && e.type() != EntityType.EVENT).isPresent();
    }
}
