package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Meetings, talks, calls and messages: 习近平主席同拜登总统举行会晤, 中美两国元首会晤, 两国外长将举行会谈, 拜会天皇, 约见大使,
 * 沙特国王致电习近平主席, 普京代总统致函江泽民主席, 两国元首互致贺电 (not a 会晤机制, a standing mechanism named: “上海五国”会晤机制); an event named for two
 * parties' meeting (中国—东盟特别外长会). The parties are who takes part before the verb in its clause (leaders as persons), and
 * for 会见, 拜会, 约见, 接见, 致电, 致函 and 致信 the one named right after it; 两国 and 双方 stand for the pair named before. At
 * least two parties, or there is no meeting to speak of.
 */
final class MeetingRule implements RelationRule {
    private static final Pattern VERB = Pattern.compile("会见|拜会|约见|接见|会晤(?!机制)|见面|会谈|通电话|通了电话|通话|致电|致函|致信|(?:互)?致(?:贺电|贺信|慰问电|唁电)|视频连线|交换意见"
            + "|举行了?[^，。]{0,8}?外长会");

    /** Meeting someone named right after the verb, as its subject's own act: 会见, calling on (拜会), summoning (约见), receiving (接见). */
    private static final Pattern MEETS_WHOM = Pattern.compile("会见|拜会|约见|接见");

    /** 你 or 您 opening the clause, then 同 before whom the one asked met (你本周同舒尔茨国务卿进行了会谈). */
    private static final Pattern ASKED_WITH = Pattern.compile("^[^，。]{0,6}?(?:你|您)[^，。]*[同与和][^，。]*");

    /** 同他, 与她 before the verb: the other party is a person named before (not 他们, a group). */
    private static final Pattern PRONOUN_PARTNER = Pattern.compile(".*(?<joiner>[同与和跟])[他她](?!们)[^，。]*");
    /** 会见了他, 致电她 after the verb. */
    private static final Pattern PRONOUN_MET = Pattern.compile("了?[他她](?!们)");

    /** An event named for a meeting of two parties: 中国—东盟特别外长会, 第二十四次中国—欧盟领导人会晤. */
    private static final Pattern PAIR_MEETING = Pattern.compile("^(?:第[^—]{1,6}次|首届)?([^—－-]{1,8})[—－-](.+?)(?:领导人)?(?:会晤|会议|外长会|峰会)");
    /**
     * A meeting of the two: a summit of the pair (会晤) or a special meeting; not a body's regular meeting with China
     * (中国—东盟领导人会议, 中国—东盟外长会, 中国—拉共体论坛部长级会议), which the annotators read as hosting and
     * attendance of its members (measured: 10 right, 19 wrong before).
     */
    private static final Pattern TWO_MEET = Pattern.compile("(?:会晤|特别[^—]*(?:会议|外长会|峰会))$");

    /** 就 opening what those who meet talk about (双方就…交换意见): no one named after it meets; not 成就, 造就. */
    private static final Pattern TOPIC = Pattern.compile("(?<![成造迁])就");
    /** The speaker alone (我, not 我们 or 我国) opening the clause, then 同 before whom he meets (我将同…举行会谈). */
    private static final Pattern SPEAKER_WITH = Pattern.compile("^[^，。]{0,6}?我[^们国方][^，。]*[同与跟][^，。]*");
    /** 同, 与, 跟 before whom one meets (将同李明博总统举行会谈). */
    private static final Pattern PARTNER_JOINER = Pattern.compile("[同与跟]");

    /** What comes before 会晤 when it names a summit, not who meets (办好明年的会晤, 期待会晤取得成果). */
    private static final Pattern EVENT_BEFORE = Pattern.compile("(?:的|办好|期待|本次|这次|此次|下次|历次)$");
    private static final Pattern EVENT_AFTER = Pattern.compile("^(?:期间|取得|成果|前夕|之际)");

    /** Whether the meeting word is a summit's noun here (支持南非办好今年的金砖国家领导人会晤): no meeting of two read from it. */
    private static boolean namesTheEvent(String text, Matcher verb) {
        if (!verb.group().equals("会晤")) {
            return false;
        }
        return EVENT_BEFORE.matcher(text.substring(0, verb.start())).find() || EVENT_AFTER.matcher(text.substring(verb.end())).find();
    }

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (var event : sentence.mentions()) {
            Matcher pair = event.entity().type() == EntityType.EVENT ? PAIR_MEETING.matcher(event.surface()) : null;
            if (pair == null || !pair.find() || !TWO_MEET.matcher(pair.group()).find()) {
                continue;
            }
            var first = sentence.nameAtStart(pair.group(1));
            var second = sentence.nameAtStart(pair.group(2));
            // a region's summit with China (中国—中亚峰会, 中国—阿拉伯国家峰会) is its states', which the golds read as
            // hosting and visits; a body's or a state's (中国—欧盟领导人会晤, 中国—东盟特别外长会) is a meeting of two
            if (first.isPresent() && second.isPresent() && !first.equals(second)
                    && first.get().type() != EntityType.REGION && second.get().type() != EntityType.REGION) {
                // the meeting is the named event (第十五次中国—欧盟领导人会晤将在布鲁塞尔举行): its object
                found.add(sentence.stated(Relation.of(RelationKind.MEETING, List.of(first.get(), second.get()), event.begin(),
                        event.end()).withObject(event.entity()).withAction(RelationAction.MEETS), event.begin()));
            }
        }
        Matcher matcher = VERB.matcher(sentence.text());
        while (matcher.find()) {
            if (insideAName(sentence, matcher.start())) {
                continue; // 中国—欧盟领导人会晤 is an event's name: its parties come from the hosting and visit rules
            }
            if (namesTheEvent(sentence.text(), matcher)) {
                continue;
            }
            int clause = sentence.clauseStart(matcher.start());
            int partiesEnd = topicStart(sentence.text(), clause, matcher.start());
            boolean meetsWhom = MEETS_WHOM.matcher(matcher.group()).matches();
            if (partiesEnd == clause && (clause < matcher.start() || !meetsWhom)) {
                // ，就…深入交换意见: what the meeting the clause before names is about; ，会谈取得了…: the talks named, a noun;
                // but ，会见纳吉布总理: the clause before's subject meets
                continue;
            }
            List<Entity> parties = new ArrayList<>(sentence.participantsIn(clause, partiesEnd));
            if (parties.isEmpty()) {
                parties.addAll(sentence.partiesBefore(partiesEnd));
            }
            subjectOfAClauseBefore(sentence, clause, partiesEnd).filter(s -> !parties.contains(s)).ifPresent(s -> parties.add(0, s));
            if (parties.size() < 2 && partiesEnd < matcher.start() && SentenceView.PAIR.matcher(sentence.text().substring(clause, partiesEnd)).find()) {
                // 两国元首将就中法关系举行会谈: the pair 两国 stands for, named in what they talk about
                sentence.participantsIn(partiesEnd, matcher.start()).stream().filter(p -> !parties.contains(p)).forEach(parties::add);
            }
            List<Entity> alsoMet = List.of();
            Entity firstMet = null;
            if (meetsWhom) {
                // 胡锦涛主席将同…举行会谈，会见纳吉布总理: a clause with no subject of its own is the sentence's subject's,
                // not of everyone the clauses before name
                String lead = sentence.text().substring(clause, matcher.start()).replaceFirst("分别$", "");
                Optional<Entity> subject = sentence.hasNoSubjectOfItsOwn(clause, clause + lead.length())
                        ? subjectMeeting(sentence, clause) : Optional.empty();
                subject.ifPresent(own -> {
                    parties.clear();
                    parties.add(own);
                });
            }
            if (meetsWhom || matcher.group().matches("致电|致函|致信")) {
                // 会见日本首相安倍晋三: the person the state's title names, not the state
                Optional<Mention> first = sentence.mentionStartingNear(matcher.end(), EnumSet.copyOf(SentenceView.PARTICIPANTS), "了")
                        .or(() -> personAfterOffice(sentence, matcher.end()));
                firstMet = first.map(m -> sentence.participantsIn(m.begin(), sentence.clauseEnd(m.end())).stream().findFirst().orElse(m.entity()))
                        .filter(met -> !parties.contains(met)).orElse(null);
                if (firstMet != null) {
                    parties.add(firstMet);
                    alsoMet = meetsWhom ? first.map(m -> personsListedAfter(sentence, m)).orElse(List.of()) : List.of();
                }
            }
            Matcher withPronoun = PRONOUN_PARTNER.matcher(sentence.text().substring(clause, matcher.start()));
            if (withPronoun.matches()) {
                // 我同他举行了会谈: who meets him is who the clause names before 同, not the clauses before
                int joiner = clause + withPronoun.start("joiner");
                List<Entity> own = new ArrayList<>(sentence.participantsIn(clause, joiner));
                if (own.isEmpty()) {
                    sentence.firstPersonBefore(joiner).ifPresent(own::add);
                }
                if (!own.isEmpty()) {
                    parties.clear();
                    parties.addAll(own);
                }
            }
            if (withPronoun.matches() || PRONOUN_MET.matcher(sentence.text()).region(matcher.end(), sentence.text().length()).lookingAt()) {
                // 习近平主席将同他举行会晤, 会见了他: the person named last before, other than who meets him
                sentence.pronounReferent(clause, parties).ifPresent(parties::add);
            }
            if (parties.size() < 2) {
                sentence.pairNamedBefore(clause, matcher.start()).stream().filter(p -> !parties.contains(p)).forEach(parties::add);
            }
            if (parties.size() == 1 && sentence.speakerCountry() != null && !parties.contains(sentence.speakerCountry())
                    && sentence.text().substring(clause, matcher.start()).matches("^(?:我们|我)[^，。]*[同与和][^，。]*")) {
                // 我同费萨尔外长举行会谈: the minister himself when his turn is known, else his country
                parties.add(0, sentence.firstPersonBefore(matcher.start()).orElse(sentence.speakerCountry()));
            }
            if (parties.size() == 1 && ASKED_WITH.matcher(sentence.text().substring(clause, matcher.start())).matches()) {
                // 你本周同舒尔茨国务卿进行了会谈: the one the question is put to
                sentence.addresseeBefore(matcher.start()).filter(a -> !parties.contains(a)).ifPresent(a -> parties.add(0, a));
            }
            List<Entity> heads = sentence.context().leadersOf(parties);
            if (heads.size() == 2 && sentence.text().substring(clause, matcher.start()).contains("元首")) {
                // 两国元首今天举行了会谈, after 习近平主席…同卡塔尔埃米尔塔米姆…: the two heads of state named before
                parties.clear();
                parties.addAll(heads);
            }
            if (parties.size() < 2) {
                continue;
            }
            RelationAction action = switch (matcher.group()) {
                case "会谈" -> RelationAction.HOLDS_TALKS;
                case "通电话", "通了电话", "通话", "致电" -> RelationAction.CALLS;
                default -> RelationAction.MEETS;
            };
            Optional<Entity> speaking = SPEAKER_WITH.matcher(sentence.text().substring(clause, matcher.start())).matches()
                    ? sentence.firstPersonBefore(matcher.start()) : Optional.empty();
            if (parties.size() >= 2 && speaking.isPresent() && !parties.contains(speaking.get())
                    && parties.stream().allMatch(p -> p.type() == EntityType.PERSON)) {
                // 我将同撒切尔首相、科尔总理和吕贝尔斯首相举行会谈: the speaker with each of those listed, not they together
                for (Entity other : parties) {
                    found.add(sentence.stated(Relation.of(RelationKind.MEETING, List.of(speaking.get(), other), clause, matcher.end())
                            .withAction(action), matcher.start()));
                }
                continue;
            }
            int about = sentence.text().substring(clause, matcher.start()).lastIndexOf(ABOUT);
            if (about >= 0 && matcher.group().equals("会谈")) {
                // 中葡关于澳门问题的会谈: what they talk about, named after 关于, is no side
                List<Entity> sides = sentence.participantsIn(clause, clause + about);
                List<Entity> topics = sentence.participantsIn(clause + about, matcher.start());
                parties.removeIf(p -> topics.contains(p) && !sides.contains(p));
                if (parties.size() < 2) {
                    continue;
                }
            }
            if (roundOfTalks(sentence, clause, matcher, parties)) {
                // 两国边界问题特别代表举行第十五次会晤: the states' standing negotiation holds a round, talks between them
                found.add(sentence.stated(Relation.of(RelationKind.TALKS, parties, clause, matcher.end()), matcher.start()));
                continue;
            }
            for (List<Entity> meeting : MeetingsApart.each(sentence, clause, matcher, parties, found)) {
                found.add(sentence.stated(Relation.of(RelationKind.MEETING, meeting, clause, matcher.end()).withAction(action),
                        matcher.start()));
            }
            Entity met = firstMet;
            List<Entity> hosts = parties.stream().filter(p -> !p.equals(met)).toList(); // who meets the first one met, and each listed after
            for (Entity other : alsoMet) {
                if (!parties.contains(other)) { // 会见了帕蒂尔总统、安萨里副总统和…索尼娅·甘地: one meeting with each
                    List<Entity> meeting = new ArrayList<>(hosts);
                    meeting.add(other);
                    found.add(sentence.stated(Relation.of(RelationKind.MEETING, meeting, clause, matcher.end()).withAction(action),
                            matcher.start()));
                }
            }
        }
    }

    /**
     * Who meets in a clause with no subject of its own: the party opening a clause before, as the office-holder it
     * names (中国政府特使、外交部副部长翟隽…，并在开罗会见…: 翟隽); not whom that clause meets (我同萨帕特罗首相举行了会谈，
     * 并会见了…: the speaker, whom the clause leaves unnamed, so no one here).
     */
    private static Optional<Entity> subjectMeeting(SentenceView sentence, int clause) {
        Optional<Entity> speaker = sentence.firstPersonBefore(clause - 1);
        if (speaker.isPresent()) {
            return speaker; // 此次我…访问印尼，将拜会苏西洛总统: the minister speaking of himself, not the state he visits
        }
        Optional<Mention> opening = sentence.subjectMentionBefore(clause);
        if (opening.isEmpty() || opening.get().begin() > sentence.clauseStart(opening.get().begin())
                && "同与和跟".indexOf(sentence.text().charAt(opening.get().begin() - 1)) >= 0) {
            return Optional.empty();
        }
        Mention subject = opening.get();
        return sentence.participantsIn(subject.begin(), sentence.clauseEnd(subject.end())).stream().findFirst()
                .or(() -> Optional.of(subject.entity()));
    }

    /** An office alone before the name of whom one meets (国务资政, 副总统, 国防军总司令): no joiner, no other name. */
    private static final Pattern OFFICE_ONLY = Pattern.compile("^了?[^，。；：、和及与同]{1,8}$");

    /** The person met, named after an office that names no state or body (会见国务资政昂山素季). */
    private static Optional<Mention> personAfterOffice(SentenceView sentence, int verbEnd) {
        return sentence.mentionsIn(verbEnd, sentence.clauseEnd(verbEnd)).stream().findFirst()
                .filter(m -> m.entity().type() == EntityType.PERSON && OFFICE_ONLY.matcher(sentence.text().substring(verbEnd, m.begin())).matches());
    }

    /** What lists one met after another: the first one's office holds none of it. */
    private static final Pattern LISTING = Pattern.compile("[、和及，。；]");
    /** What may stand between two persons met, listed after 会见: a joiner and the next one's office (、安萨里副总统和国大党主席). */
    private static final Pattern NEXT_LISTED = Pattern.compile("^[^，。；：]{0,4}?(?:、|和|及|以及)[^，。；：、和及]{0,14}$");

    /**
     * The persons listed after the first one met (会见了越南政府总理潘文凯和国会主席阮文安: 阮文安), each with the office
     * written before or after the name, up to the clause's end.
     */
    private static List<Entity> personsListedAfter(SentenceView sentence, Mention first) {
        List<Entity> listed = new ArrayList<>();
        int after = first.end();
        if (first.entity().type() != EntityType.PERSON) {
            // 会见了日本首相细川护熙、韩国总统金泳三…: the first one met is the office-holder the state's title names
            after = sentence.mentionsIn(first.end(), sentence.clauseEnd(first.end())).stream()
                    .filter(m -> m.entity().type() == EntityType.PERSON).findFirst()
                    .filter(m -> !LISTING.matcher(sentence.text().substring(first.end(), m.begin())).find())
                    .map(Mention::end).orElse(after);
        }
        for (Mention next : sentence.mentionsIn(first.end(), sentence.clauseEnd(first.end()))) {
            if (next.begin() < after) {
                continue;
            }
            if (next.entity().type() != EntityType.PERSON) {
                continue; // the state or body in the next one's office (俄罗斯外长拉夫罗夫)
            }
            if (!NEXT_LISTED.matcher(sentence.text().substring(after, next.begin())).find()) {
                break;
            }
            listed.add(next.entity());
            after = next.end();
        }
        return listed;
    }

    /** Where the topic after 就 begins in the clause, else the verb: who meets is named before it. */
    private static int topicStart(String text, int clause, int verb) {
        Matcher topic = TOPIC.matcher(text).region(clause, verb);
        return topic.find() ? topic.start() : verb;
    }

    /**
     * Who meets when the clause opens with whom (温家宝总理访韩期间，将同李明博总统举行会谈): the subject of a
     * clause before, as the clause has none of its own; not where the partner is 他 or 她, read apart.
     */
    private static Optional<Entity> subjectOfAClauseBefore(SentenceView sentence, int clause, int end) {
        Matcher joiner = PARTNER_JOINER.matcher(sentence.text()).region(clause, end);
        if (!joiner.find() || !sentence.hasNoSubjectOfItsOwn(clause, joiner.start())
                || PRONOUN_PARTNER.matcher(sentence.text().substring(clause, end)).matches()) {
            return Optional.empty();
        }
        return sentence.subjectBefore(clause);
    }

    /**
     * Whether states' special representatives meet (两国边界问题特别代表…会晤): a round of their standing talks,
     * which the golds list as talks of the states; named persons (戴秉国同梅农…会晤) still meet.
     */
    private static boolean roundOfTalks(SentenceView sentence, int clause, Matcher verb, List<Entity> parties) {
        String lead = sentence.text().substring(clause, verb.start());
        if (verb.group().equals("会晤")) {
            return lead.contains("特别代表") && parties.stream().allMatch(p -> p.type() == EntityType.COUNTRY);
        }
        // 中英双方…进行了17轮会谈, 伊朗同美国、俄罗斯、法国和国际原子能机构…进行了会谈, 中葡关于澳门问题的会谈: states or
        // bodies, not persons, in rounds, on a subject or more than two, negotiate; their leaders (三方领导人…举行了会谈) or
        // envoys met apart (同巴西、俄罗斯、印度代表分别会谈) meet
        return verb.group().equals("会谈") && parties.size() >= 2 && parties.stream().allMatch(p -> SentenceView.ACTORS.contains(p.type()))
                && (parties.size() >= 3 && !MET_AS_PERSONS.matcher(lead).find() || ROUNDS.matcher(lead).find() || lead.contains(ABOUT));
    }

    /** What talks are about opens after it (中葡关于澳门问题的会谈): states that talk on a subject negotiate. */
    private static final String ABOUT = "关于";

    private static final Pattern MET_AS_PERSONS = Pattern.compile("领导人|元首|首脑|分别");

    /** Rounds of talks counted right before the verb (进行了17轮会谈, 举行了第15轮军长级会谈). */
    private static final Pattern ROUNDS = Pattern.compile("轮[^，。；]{0,4}$");

    static boolean insideAName(SentenceView sentence, int index) {
        return sentence.mentions().stream().anyMatch(m -> m.begin() <= index && index < m.end());
    }
}
