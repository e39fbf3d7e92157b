package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * The short forms a document defines for a name it has just given in full, as joint statements and
 * communiqués do: 《中华人民共和国和俄罗斯联邦睦邻友好合作条约》（以下简称《条约》）, …共同体（以下简称“拉共体”）.
 * From the definition on, the short form names that entity in the document, whatever a rule made of it
 * alone (《条约》 is no treaty called 条约); a foreign name given in full defines its surname the same way.
 * One instance reads one document, in order.
 */
public final class DefinedShortForms {
    /** The definition right after the full name: （以下简称《条约》）, （简称“拉共体”）, （下称“协定”）. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^[》”」]?[（(](?:以下|下文)?(?:简称|称|下称)[“《「]?(?<short>[^”》」（）()，。]{1,12})[”》」]?[）)]");
    /** A short form for several parties: 双方, 两国, 各方, 三国, 缔约方. */
    private static final Pattern GROUP = Pattern.compile("^(双|两|各|三|四|五|缔约)");
    private static final double CONFIDENCE = 0.9;

    /**
     * Heads a document uses alone for the one thing it has named in full with them: 半岛 after 朝鲜半岛,
     * 全面协议 after 伊朗核问题全面协议, 走廊 after 中巴经济走廊. Where it has named two (中巴经济走廊,
     * 中蒙俄经济走廊), the head alone names neither.
     */
    private static final List<String> HEADS_USED_ALONE = List.of("半岛", "全面协议", "走廊", "宣言");
    /** Heads of gatherings named later by their place alone (杭州峰会 after 二十国集团领导人杭州峰会). */
    private static final Pattern GATHERING_HEAD = Pattern.compile("(?:峰会|会晤)$");
    /** Events the document has named, for a later name that is the tail of one of them. */
    private final List<NamedEvent> events = new ArrayList<>();

    /** An event as the document named it: a reference name (二十国集团领导人第十四次峰会) was written otherwise (…大阪峰会). */
    private record NamedEvent(String name, Entity entity) {}

    private final Map<String, Entity> defined = new LinkedHashMap<>();
    /**
     * The shorter names of the foreign people the document named in full (see {@link #partsOfForeignName}): a person
     * read under one of them is that person; a part two people share ({@code sharedParts}) names neither. Unlike a surname,
     * a part alone never makes a mention where the tagger read no person (大卫 of 大卫·卡梅伦 in 戴维营 or 大卫营).
     */
    private final Map<String, Entity> nameParts = new java.util.HashMap<>();
    private final java.util.Set<String> sharedParts = new java.util.HashSet<>();
    private final FamilyNames familyNames = new FamilyNames();
    private final java.util.Set<String> ambiguous = new java.util.HashSet<>();
    /** Short forms the document defined in words (（以下简称《条约》）): a head used alone never undoes them. */
    private final java.util.Set<String> explicit = new java.util.HashSet<>();

    /**
     * The sentence's mentions with the short forms defined so far (and any the sentence defines) read
     * as their entities: a mention of exactly a short form takes its entity, and an occurrence no
     * mention covers becomes one.
     */
    public List<Mention> apply(String sentence, List<Mention> mentions) {
        learn(sentence, mentions);
        mentions = familyNames.apply(sentence, mentions);
        mentions = withGatheringsByPlace(mentions);
        mentions = withNameParts(mentions);
        if (defined.isEmpty()) {
            return mentions;
        }
        List<Mention> read = new ArrayList<>();
        for (Mention mention : mentions) {
            Entity entity = defined.get(mention.surface());
            read.add(entity == null || entity.equals(mention.entity()) ? mention
                    : new Mention(mention.begin(), mention.end(), mention.surface(), entity, CONFIDENCE, Annotator.RULE));
        }
        defined.forEach((shortForm, entity) -> {
            for (int at = sentence.indexOf(shortForm); at >= 0; at = sentence.indexOf(shortForm, at + shortForm.length())) {
                int begin = at;
                int end = at + shortForm.length();
                if (read.stream().noneMatch(m -> m.begin() < end && begin < m.end())) {
                    read.add(new Mention(begin, end, shortForm, entity, CONFIDENCE, Annotator.RULE));
                }
            }
        });
        read.sort(Comparator.comparingInt(Mention::begin));
        return read;
    }

    /**
     * Records each short form the sentence defines right after a mention's end, unless it names a
     * group (中华人民共和国和俄罗斯联邦（以下称“双方”）: 双方 is both, not the last named).
     */
    private void learn(String sentence, List<Mention> mentions) {
        learnHeadsUsedAlone(mentions);
        if (sentence.indexOf('称') < 0) {
            return; // no definition: the common case, read without a look at each mention
        }
        for (Mention mention : mentions) {
            Matcher definition = DEFINITION.matcher(sentence.substring(mention.end()));
            if (definition.find() && !GROUP.matcher(definition.group("short")).find()
                    && !definition.group("short").equals(mention.surface())) {
                defined.put(definition.group("short"), mention.entity());
                explicit.add(definition.group("short"));
            }
        }
    }

    /**
     * 杭州峰会 after the document named 二十国集团领导人杭州峰会 is that summit: a gathering named by the tail of one
     * the document has named in full (where only one has that tail), not a new one.
     */
    private List<Mention> withGatheringsByPlace(List<Mention> mentions) {
        List<Mention> read = new ArrayList<>();
        for (Mention mention : mentions) {
            Entity entity = mention.entity();
            if (entity.type() == EntityType.EVENT && GATHERING_HEAD.matcher(entity.zhLabel()).find()) {
                List<Entity> whole = events.stream().filter(e -> e.name().length() > entity.zhLabel().length()
                        && e.name().endsWith(entity.zhLabel())).map(NamedEvent::entity).distinct().toList();
                boolean newName = entity.key().equals(entity.zhLabel()); // a name the reference list gives stands
                if (newName && whole.size() == 1) {
                    read.add(new Mention(mention.begin(), mention.end(), mention.surface(), whole.get(0), CONFIDENCE, Annotator.RULE));
                    continue;
                }
                events.add(new NamedEvent(entity.zhLabel(), entity));
                if (!mention.surface().equals(entity.zhLabel())) {
                    events.add(new NamedEvent(mention.surface(), entity));
                }
            }
            read.add(mention);
        }
        return read;
    }

    /**
     * The shorter names a foreign name written in full with · is called by later: its surname (米尔济约耶夫 of 沙夫卡特·
     * 米尔济约耶夫), its parts from the second on (卡瓦科·席尔瓦 of 阿尼巴尔·卡瓦科·席尔瓦), its first part (西提 of 西提·沙卫西拉)
     * and a middle part (费尔南德斯 of 克里斯蒂娜·费尔南德斯·德基什内尔), each of two characters or more.
     */
    static List<String> partsOfForeignName(String name) {
        String[] parts = name.split("·");
        List<String> shorter = new ArrayList<>();
        for (int first = 0; first < parts.length; first++) {
            for (int last = first; last < parts.length; last++) {
                if (first == 0 && last == parts.length - 1 || first > 0 && last < parts.length - 1 && last > first) {
                    continue; // the whole name, or a run inside it that is neither its head, its tail nor one part
                }
                String part = String.join("·", java.util.Arrays.asList(parts).subList(first, last + 1));
                if (part.length() >= 2) {
                    shorter.add(part);
                }
            }
        }
        return shorter;
    }

    /** A person read under a part of a foreign name the document gave in full (卡瓦科·席尔瓦) is the person named in full. */
    private List<Mention> withNameParts(List<Mention> mentions) {
        return mentions.stream().map(m -> {
            Entity whole = sharedParts.contains(m.surface()) ? null : nameParts.get(m.surface());
            return m.entity().type() != EntityType.PERSON || whole == null || whole.equals(m.entity()) ? m
                    : new Mention(m.begin(), m.end(), m.surface(), whole, CONFIDENCE, Annotator.RULE);
        }).toList();
    }

    private void learnHeadsUsedAlone(List<Mention> mentions) {
        for (Mention mention : mentions) {
            int dot = mention.surface().lastIndexOf('·');
            if (mention.entity().type() == EntityType.PERSON && dot > 0 && mention.surface().length() - dot > 2) {
                // 沙夫卡特·米尔济约耶夫, then 米尔济约耶夫: a foreign name in full, then its surname alone, is one person
                defined.putIfAbsent(mention.surface().substring(dot + 1), mention.entity());
            }
            if (mention.entity().type() == EntityType.PERSON) {
                for (String part : partsOfForeignName(mention.surface())) {
                    Entity before = nameParts.putIfAbsent(part, mention.entity());
                    if (before != null && !before.equals(mention.entity())) {
                        sharedParts.add(part);
                    }
                }
            }
            for (String head : HEADS_USED_ALONE) {
                String name = mention.entity().zhLabel();
                if (ambiguous.contains(head) || explicit.contains(head) || mention.surface().equals(head) || name.equals(head)
                        || !name.endsWith(head)) {
                    continue;
                }
                Entity before = defined.putIfAbsent(head, mention.entity());
                if (before != null && !before.equals(mention.entity())) {
                    defined.remove(head);
                    ambiguous.add(head);
                }
            }
        }
    }
}
