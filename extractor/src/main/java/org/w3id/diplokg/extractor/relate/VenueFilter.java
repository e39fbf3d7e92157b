package org.w3id.diplokg.extractor.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A city named in a sentence (在日内瓦达成, 来到约翰内斯堡出席, 厦门会晤) is where something happens, not who
 * acts in it: it is no party of a relation, except as the host of an event. A province-level division (台湾,
 * 香港, 新疆) can act and stays; a sea or a peninsula (南海, 朝鲜半岛) never acts. A city visited is its state
 * visited. A relation of two parties (a meeting, talks, a partnership, a conflict,
 * cooperation) left with one is no relation; any other left with none is dropped.
 */
final class VenueFilter {
    private static final Set<RelationKind> BETWEEN_TWO = EnumSet.of(RelationKind.MEETING, RelationKind.TALKS,
            RelationKind.PARTNERSHIP, RelationKind.CONFLICT, RelationKind.COOPERATION);
    /** The heads of names of seas, straits, peninsulas, islands and rivers: places acted on, never acting. */
    private static final Pattern LANDFORM = Pattern.compile("(?:[海洋湾岛河湖]|海峡|半岛|群岛|运河)$");

    private final Gazetteer gazetteer;

    VenueFilter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The relations of a sentence said on {@code said}, whose date says which state a city lay in (莫斯科 in 1988: the USSR). */
    List<Relation> apply(List<Relation> relations, LocalDate said) {
        List<Relation> kept = new ArrayList<>();
        for (Relation visitOrOther : relations) {
            Relation relation = visitedState(visitOrOther, said);
            if (relation.kind() == RelationKind.HOSTING || relation.parties().stream().noneMatch(this::isVenue)) {
                kept.add(relation);
                continue;
            }
            List<Entity> parties = relation.parties().stream().filter(p -> !isVenue(p)).toList();
            if (parties.size() >= (BETWEEN_TWO.contains(relation.kind()) ? 2 : 1)) {
                kept.add(new Relation(relation.kind(), parties, relation.object(), relation.objectText(), relation.action(),
                        relation.modality(), relation.time(), relation.sinceYear(), relation.begin(), relation.end()));
            }
        }
        return kept;
    }

    /** A visit to a city (赴华盛顿出席…, 赴老挝万象) is a visit to its state, as the annotators write it. */
    private Relation visitedState(Relation relation, LocalDate said) {
        if (relation.kind() != RelationKind.VISIT || relation.object() == null || relation.object().type() != EntityType.REGION
                || isProvince(relation.object())) {
            return relation;
        }
        return gazetteer.stateOf(relation.object(), said).filter(state -> !relation.parties().contains(state))
                .map(relation::withObject)
                .orElse(relation);
    }

    /**
     * A place in a state that is no province-level division of it (whose names end in 省, 自治区, 特别行政区), or
     * a sea, a strait, a peninsula, an island or a river (南海, 台湾海峡, 朝鲜半岛), which is what parties act on.
     */
    private boolean isVenue(Entity party) {
        if (party.type() != EntityType.REGION || isProvince(party)) {
            return false;
        }
        return gazetteer.stateOf(party).isPresent() || LANDFORM.matcher(party.zhLabel()).find();
    }

    private static boolean isProvince(Entity party) {
        return party.aliases().stream().anyMatch(a -> a.endsWith("省") || a.endsWith("自治区") || a.endsWith("特别行政区"));
    }
}
