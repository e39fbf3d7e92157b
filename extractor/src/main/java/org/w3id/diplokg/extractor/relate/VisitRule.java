package org.w3id.diplokg.extractor.relate;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Visits and attendance: X访问Y, X对Y进行国事访问, X访华, X赴Y, X前往Y, X抵达Y, X走访Y、Z, X出席/参加 an event. The visitor
 * is who acts before the verb (a leader as a person, 我们 as China; a person named there before a
 * country: 米尔济约耶夫总统来华出席… is his visit, not China's), and a clause going on with 并 keeps the
 * visitor of the clause before (…进行国事访问，并出席…); the object is each country the clause names
 * after the verb (for 对Y进行…访问 and 开始对Y的国事访问, the one after 对), or each event for 出席 and 参加. A person
 * who speaks or acts at a named meeting (在…峰会上宣布) attends it.
 */
final class VisitRule implements RelationRule {
    /**
     * 到 of coming to a place, 来 after it (我这次到法国来), not of 受到, 得到, 达到…: read only where a place's name follows it and
     * 来 the name, not 来宾, 来自 or 来说.
     */
    private static final String COMING_TO = "(?<![受得达看听想遇收感提做办直等])到";
    private static final Pattern COME_AFTER_THE_PLACE = Pattern.compile("来(?![宾自往说讲看])");
    /** 来 of coming somewhere (丁儒廉来北京), not of 以来, 带来, 未来, 近年来…: read only before a place's name. */
    private static final Pattern VISIT = Pattern.compile("国事访问|正式访问|首访|访问|重访|再访|访华|来华|出访|到访|走访|来到|抵达|赴|前往|出席|参加|与会"
            + "|访(?=\\p{IsHan})|(?<![带以未近本原后出回起过上下进传引迎招看从向到外将年])来(?=\\p{IsHan})|" + COMING_TO + "(?=\\p{IsHan})");
    /** Who invites is no visitor: 应…邀请. */
    private static final Pattern INVITATION = Pattern.compile("应[^，。应]{1,30}?邀请");
    /**
     * People who come to study, travel, trade, invest or work (鼓励更多南非青年来华学习, 中国企业赴意投资, 派遣医疗队赴尼工作):
     * no state's visit; a firm at an expo is its state's (the golds).
     */
    private static final Pattern PRIVATE_TRAVEL = Pattern.compile("[^，。、]{0,4}?(?:学习|留学|旅游|旅行|参展|经商|投资|兴业|工作)");
    private static final Pattern PRIVATE_TRAVELLERS = Pattern.compile("(?:青年|学生|留学生|游客|公民|人员|民众|人士|医疗队)$");
    /**
     * The states a visit is paid to, listed after 对 (对法国、塞尔维亚、匈牙利进行国事访问, 开始对中国的国事访问), with a few words of how
     * it was between (对朝鲜进行了正式友好访问, 对中国进行了历史上的首次访问); not a visit's words before another verb (对中国
     * 进行国事访问并出席…: what is attended is not China).
     */
    private static final Pattern TOWARD = Pattern.compile("对([^，。对]{1,30}?)(?:进行|的)(?:[^，。]{0,4}|(?:(?!访)[^，。]){5,8})$");
    /** 将俄罗斯作为就任后首次出访的第一站, 将中国作为首访国家: the state made the first stop is visited. */
    private static final Pattern FIRST_STOP = Pattern.compile("将([^，。将]{1,20})作为[^，。]{0,16}$");
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.COUNTRY, EntityType.REGION);
    /** What is attended when no event is named: its opening, its meeting, or nothing (将出席并发表讲话). */
    private static final Pattern UNNAMED_OCCASION = Pattern.compile(
            "了?(?:(?:开幕式|闭幕式|欢迎宴会|(?<kind>峰会|会议|论坛|高峰论坛|对话会|年会))(?!的)|并|[，。；]|$)");
    /** An event one attends: a meeting, forum, fair or ceremony (not a war or an anniversary's year). */
    private static final Pattern GATHERING = Pattern.compile("(?:会|议|论坛|会晤|仪式|典礼|庆典|活动|博览会|世博会)$");
    private static final Set<EntityType> VISITED = EnumSet.of(EntityType.COUNTRY, EntityType.REGION, EntityType.ORGANIZATION);
    private static final Set<EntityType> EVENTS = EnumSet.of(EntityType.EVENT);

    /** A visit its visitor pays named by 这次 or 此次 (华总理这次访问, 赵紫阳总理的这次正式访问), no place after it. */
    private static final Pattern THIS_VISIT = Pattern.compile("的?(?:这次|此次|本次)[^，。；、访]{0,6}?(?:访问|出访)");
    /** Words right after 这次访问 that say what it will do (这次访问将…, 此次访问，将…): it is still to be paid. */
    private static final Pattern YET_TO_COME = Pattern.compile("，?(?:将|即将|必将|一定会)");
    /** What may stand between the visitor and 这次: the title (华总理这次访问) and nothing else. */
    private static final Pattern TITLE_BETWEEN = Pattern.compile("\\p{IsHan}{0,4}");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        actedAt(sentence, found);
        thisVisit(sentence, found);
        accompanying(sentence, found);
        String text = sentence.text();
        Matcher matcher = VISIT.matcher(text);
        Optional<Entity> previousVisitor = Optional.empty();
        while (matcher.find()) {
            if (MeetingRule.insideAName(sentence, matcher.start()) || text.startsWith(COMPANIONS_FOLLOW, matcher.end())) {
                continue; // 陪同…访问的有: the companions' visit, read by accompanying
            }
            String verb = matcher.group();
            if (verb.equals("访") && sentence.mentions().stream().noneMatch(m -> m.begin() == matcher.end() && m.end() == m.begin() + 1)) {
                continue; // 访越, 访韩: 访 bound to a state's abbreviation only, not 采访, 互访, 访谈
            }
            if (verb.equals("来") && sentence.mentions().stream().noneMatch(m -> m.begin() == matcher.end() && PLACES.contains(m.entity().type()))) {
                continue; // 来北京: coming to a place named right after it
            }
            if (verb.equals("到") && sentence.mentions().stream().noneMatch(m -> m.begin() == matcher.end() && PLACES.contains(m.entity().type())
                    && COME_AFTER_THE_PLACE.matcher(text).region(m.end(), text.length()).lookingAt())) {
                continue; // 到法国来: coming to the place named between 到 and 来
            }
            if (PRIVATE_TRAVELLERS.matcher(text.substring(0, matcher.start())).find()
                    || PRIVATE_TRAVEL.matcher(text).region(matcher.end(), text.length()).lookingAt()) {
                continue; // 南非青年来华学习, 游客赴菲旅游: people travel, not a state
            }
            boolean attends = verb.equals("出席") || verb.equals("参加") || verb.equals("与会");
            int clause = sentence.clauseStart(matcher.start());
            if ((verb.equals("来到") || verb.equals("来") || verb.equals("到")) && text.substring(clause, matcher.start()).contains("欢迎")) {
                continue; // 欢迎更多国家来到北京, 欢迎日本朋友届时到北京来: those welcomed come, whoever the sentence named before
            }
            int clauseEnd = sentence.clauseEnd(matcher.end());
            int subjectEnd = matcher.start();
            Matcher toward = visitedBeforeTheVerb(text.substring(clause, matcher.start()));
            List<Entity> visited = List.of();
            if (toward.find()) { // 莱希对中国进行国事访问; 对法国、塞尔维亚、匈牙利进行国事访问: each
                subjectEnd = clause + toward.start();
                visited = sentence.mentionsIn(clause + toward.start(1), clause + toward.end(1)).stream()
                        .filter(m -> VISITED.contains(m.entity().type())).map(Mention::entity).distinct().toList();
                if (visited.isEmpty()) {
                    visited = countedBefore(sentence, toward.group(1), clause + toward.start(1));
                }
            }
            // 王毅同五国外长共同出席: those the visitor attends with are parties too
            int with = attends ? text.substring(clause, subjectEnd).indexOf('同') : -1;
            List<Entity> companions = with > 0 ? sentence.participantsIn(clause + with + 1, subjectEnd) : List.of();
            int leadEnd = companions.isEmpty() ? subjectEnd : clause + with;
            // a clause going on with no visitor of its own (，随后还将访问…, ，其间在德班出席了…)
            boolean goesOn = sentence.hasNoSubjectOfItsOwn(clause, subjectEnd);
            Optional<Entity> visitor = !goesOn ? visitor(sentence, clause, leadEnd)
                    : previousVisitor.or(() -> sentence.subjectBefore(clause)).or(() -> visitor(sentence, clause, leadEnd));
            if (visitor.isEmpty()) {
                continue;
            }
            RelationAction action = attends ? RelationAction.ATTENDS : RelationAction.VISITS;
            List<Entity> objects;
            if (!visited.isEmpty()) {
                objects = visited;
            } else if (verb.equals("访华") || verb.equals("来华")) {
                objects = sentence.chinaBoundAt(matcher.start()).stream().toList();
            } else if (verb.equals("访")) {
                // 访日时提出了中日关系…: the states bound to 访 and listed after it (访越、老、柬) are visited, not what the clause names later
                objects = sentence.mentions().stream().filter(m -> m.begin() == matcher.end()).findFirst()
                        .map(first -> sentence.listedFrom(first, PLACES).stream().map(Mention::entity).distinct().toList())
                        .orElse(List.of());
            } else {
                List<Mention> named = sentence.mentionsIn(matcher.end(), clauseEnd).stream()
                        .filter(m -> (attends ? EVENTS : PLACES).contains(m.entity().type()) || !attends && seatVisited(sentence, m, matcher.end()))
                        .filter(m -> !sentence.framedByZai(m)).toList();
                if (!attends && !named.isEmpty()) {
                    // 访问日本、韩国和越南: those listed right after the verb; not what the clause names later (访问日本时提出了发展
                    // 中日关系的…: no visit to China)
                    List<Mention> read = named;
                    named = !startsRightAfter(sentence, matcher.end()) ? named.subList(0, 1)
                            : sentence.listedFrom(named.get(0), VISITED).stream().filter(read::contains).toList();
                }
                objects = named.stream().map(Mention::entity).distinct().toList();
                Matcher occasion = UNNAMED_OCCASION.matcher(text).region(matcher.end(), text.length());
                if (attends && objects.isEmpty() && occasion.lookingAt()) {
                    // 习近平主席将出席开幕式并发表主旨讲话: the event named last before, here or in the sentences before; one
                    // of the kind the words say (出席高峰论坛 is no summit named before)
                    String kind = occasion.group("kind");
                    objects = sentence.namedBefore(clause, EntityType.EVENT, List.of()).stream()
                            .filter(e -> GATHERING.matcher(e.zhLabel()).find())
                            .filter(e -> kind == null || kind.equals("会议") || e.zhLabel().endsWith(kind)).toList();
                }
            }
            if (!objects.isEmpty()) {
                previousVisitor = visitor; // not from a verb that visits nothing named (…三国访问)
            }
            List<Entity> listed = listedVisitors(sentence, clause, leadEnd, visitor.get());
            for (Entity object : objects) {
                if (object.equals(visitor.get())) {
                    continue;
                }
                List<Entity> parties = new ArrayList<>(listed);
                companions.stream().filter(c -> !parties.contains(c) && !c.equals(object)).forEach(parties::add);
                Relation stated = sentence.stated(Relation.of(RelationKind.VISIT, parties, clause, clauseEnd)
                        .withObject(object).withAction(action), matcher.start());
                Relation visit = welcomed(sentence, clause, matcher.start(), stated);
                boolean invitedTo = INVITATION_AFTER.matcher(text).region(matcher.end(), clauseEnd).lookingAt();
                found.add(invitedTo && visit.modality() == RelationModality.DONE ? visit.withModality(RelationModality.SOUGHT) : visit);
            }
        }
    }

    /** A body's seat named after it (欧盟总部), or the body named as sitting somewhere (设在布鲁塞尔的欧洲共同体委员会). */
    private static final Pattern SEAT_AFTER = Pattern.compile("总部|总秘书处|秘书处");
    private static final Pattern SITTING_IN = Pattern.compile("设在[^，。；]{1,12}的$");

    /**
     * Whether a body is visited at its seat (并访问联合国教科文组织总部和欧盟总部, 并访问设在布鲁塞尔的欧洲共同体委员会), as the
     * development golds read all ten such visits; a body named after 访问 otherwise is whom the visit is with.
     */
    private static boolean seatVisited(SentenceView sentence, Mention body, int verbEnd) {
        return body.entity().type() == EntityType.ORGANIZATION
                && (SEAT_AFTER.matcher(sentence.text()).region(body.end(), sentence.text().length()).lookingAt()
                        || SITTING_IN.matcher(sentence.text().substring(verbEnd, body.begin())).find());
    }

    /** A visit named as what an invitation is to (…对李先念主席访问葡萄牙的邀请): sought, not made. */
    private static final Pattern INVITATION_AFTER = Pattern.compile("[^，。；]{1,16}?的邀请");

    /** 作为…特使 (or 特别代表, 代表): whose envoy the visitor is, named between. */
    private static final Pattern AS_ENVOY = Pattern.compile("作为([^，。；作]{1,24}?)的?(?:特使|特别代表|代表)");

    /**
     * A visit the clause welcomes (我们欢迎莫迪总理今年访华) is sought, as 22 of the 36 such development visits are read (13
     * planned, one done), where no other word put it.
     */
    private static Relation welcomed(SentenceView sentence, int clause, int verb, Relation visit) {
        boolean welcome = sentence.text().substring(clause, verb).contains("欢迎"); // before the guest: welcomed in advance
        return welcome && visit.modality() == RelationModality.DONE ? visit.withModality(RelationModality.SOUGHT) : visit;
    }

    /** The states visited counted, not named (对上述四国进行国事访问, 对这六国进行访问). */
    private static final Pattern COUNTED_STATES = Pattern.compile("^(?:上述|以上|这)(?<count>[两二三四五六七八九十]+)国$");
    private static final Set<EntityType> STATES = EnumSet.of(EntityType.COUNTRY);

    /**
     * The states 上述四国 counts: the first list of exactly that many states the sentence names before it (应新加坡、马来西亚、
     * 印度尼西亚和越南四国领导人的邀请，…对上述四国进行国事访问); else none.
     */
    private static List<Entity> countedBefore(SentenceView sentence, String words, int index) {
        Matcher counted = COUNTED_STATES.matcher(words);
        if (!counted.matches()) {
            return List.of();
        }
        int count = ChineseNumerals.parse(counted.group("count"));
        for (Mention first : sentence.mentionsIn(0, index)) {
            if (first.entity().type() == EntityType.COUNTRY) {
                List<Entity> listed = sentence.listedFrom(first, STATES).stream().map(Mention::entity).distinct().toList();
                if (listed.size() == count) {
                    return listed;
                }
            }
        }
        return List.of();
    }

    /** Speaking or acting at a named meeting (在联合国气候变化峰会上宣布, 在博鳌亚洲论坛2015年年会上发表主旨演讲): 在, the meeting, 上. */
    private static final Pattern AT_MEETING = Pattern.compile("在([^，。；在]{2,50}?)(?:开幕式|闭幕式|视频会议|全体会议|一般性辩论)?上(?!海)");

    /** 陪同撒切尔首相访问的有外交大臣…和…总督…等: a leader's visit told before, and who went with the leader on it. */
    private static final Pattern ACCOMPANYING = Pattern.compile("陪同(?<leader>[^，。；]{1,20}?)(?:访问|出访)的有(?<companions>[^。；]+)");
    /** What follows the verb of a visit its companions are listed after (…访问的有). */
    private static final String COMPANIONS_FOLLOW = "的有";

    /**
     * Those who went with a leader on a visit (陪同撒切尔首相访问的有外交和联邦事务大臣杰弗里·豪爵士和香港总督尤德爵士等, as the
     * communiqués list them) each visit the state the leader's visit, told before in the turn, went to: that leader's
     * latest, else the latest told. No visit told, none read: the words alone do not say where.
     */
    private static void accompanying(SentenceView sentence, List<Relation> found) {
        Matcher matcher = ACCOMPANYING.matcher(sentence.text());
        while (matcher.find()) {
            Optional<Entity> leader = sentence.mentionsIn(matcher.start("leader"), matcher.end("leader")).stream()
                    .map(Mention::entity).filter(e -> e.type() == EntityType.PERSON).findFirst();
            Optional<Relation> visit = latestVisitToAState(sentence, v -> leader.isPresent() && v.parties().equals(List.of(leader.get())))
                    .or(() -> latestVisitToAState(sentence, v -> true));
            if (visit.isEmpty()) {
                continue;
            }
            for (Mention companion : sentence.mentionsIn(matcher.start("companions"), matcher.end("companions"))) {
                if (companion.entity().type() == EntityType.PERSON && !companion.entity().equals(leader.orElse(null))) {
                    found.add(sentence.stated(Relation.of(RelationKind.VISIT, List.of(companion.entity()), companion.begin(), companion.end())
                            .withObject(visit.get().object()).withAction(RelationAction.VISITS), matcher.start()));
                }
            }
        }
    }

    /**
     * The visit 这次访问 names after its visitor (我们相信，华总理这次访问将…): the latest visit to a state the turn, or the
     * question it answers, told that person paying (not a province or an event on the way), as this sentence states it
     * (planned where it says what the visit will do). No visit told, none read: the words alone do not say where.
     */
    private static void thisVisit(SentenceView sentence, List<Relation> found) {
        Matcher matcher = THIS_VISIT.matcher(sentence.text());
        while (matcher.find()) {
            int end = matcher.end();
            int at = matcher.start();
            Optional<Mention> visitor = sentence.mentions().stream()
                    .filter(m -> m.entity().type() == EntityType.PERSON && m.end() <= at
                            && TITLE_BETWEEN.matcher(sentence.text().substring(m.end(), at)).matches())
                    .reduce((first, second) -> second);
            if (visitor.isEmpty() || sentence.mentions().stream().anyMatch(m -> m.begin() == end && PLACES.contains(m.entity().type()))) {
                continue; // 此次访问苏联: the verb's own reading names the place
            }
            Entity person = visitor.get().entity();
            Optional<Relation> before = latestVisitToAState(sentence, v -> v.parties().equals(List.of(person)));
            if (before.isPresent()) {
                Relation visit = sentence.stated(Relation.of(RelationKind.VISIT, List.of(person), visitor.get().begin(), end)
                        .withObject(before.get().object()).withAction(RelationAction.VISITS), at);
                // 这次访问将推动…: what the visit will do says it is still to be paid
                found.add(visit.modality() == RelationModality.DONE && YET_TO_COME.matcher(sentence.text()).region(end,
                        sentence.text().length()).lookingAt() ? visit.withModality(RelationModality.PLANNED) : visit);
            }
        }
    }

    /** The latest visit to a state the turn (and the question it answers) told, of those {@code fits}. */
    private static Optional<Relation> latestVisitToAState(SentenceView sentence, Predicate<Relation> fits) {
        return sentence.visitsTold().stream()
                .filter(v -> v.object() != null && v.object().type() == EntityType.COUNTRY && fits.test(v))
                .reduce((first, second) -> second);
    }

    /**
     * Who speaks or acts at a named meeting attends it (胡锦涛主席在联合国气候变化峰会上宣布了…, 昨天，我在…峰会上介绍了…), as
     * the annotators read it: the person before 在 in the clause, else the one who speaks.
     */
    private static void actedAt(SentenceView sentence, List<Relation> found) {
        Matcher at = AT_MEETING.matcher(sentence.text());
        while (at.find()) {
            Optional<Mention> meeting = sentence.mentionsIn(at.start(1), at.end(1)).stream()
                    .filter(m -> m.entity().type() == EntityType.EVENT).reduce((a, b) -> b)
                    .filter(m -> m.end() == at.end(1)); // the meeting's name closes the span: 在…峰会上, not 在峰会举办地上
            if (meeting.isEmpty()) {
                continue;
            }
            int clause = sentence.clauseStart(at.start());
            Optional<Entity> visitor = visitor(sentence, clause, at.start()).filter(e -> e.type() == EntityType.PERSON);
            if (visitor.isEmpty()) {
                continue;
            }
            found.add(sentence.stated(Relation.of(RelationKind.VISIT, List.of(visitor.get()), clause, sentence.clauseEnd(at.end()))
                    .withObject(meeting.get().entity()).withAction(RelationAction.ATTENDS), at.start()));
        }
    }

    /** 对X进行…访问, else 将X作为…首访 (将俄罗斯作为首次出访的第一站: Russia is visited): X named before the verb, unread. */
    private static Matcher visitedBeforeTheVerb(String subject) {
        Matcher toward = TOWARD.matcher(subject);
        return toward.find() ? toward.reset() : FIRST_STOP.matcher(subject);
    }

    /**
     * Persons listed as the clause's subject (南非总统祖马、巴西总统特梅尔、俄罗斯总统普京将出席…) visit together:
     * one relation of them all, as the annotators write it; else the one visitor.
     */
    private static List<Entity> listedVisitors(SentenceView sentence, int clause, int verb, Entity visitor) {
        List<Mention> persons = sentence.mentionsIn(clause, verb).stream().filter(m -> m.entity().type() == EntityType.PERSON).toList();
        if (visitor.type() != EntityType.PERSON || persons.size() < 2) {
            return List.of(visitor);
        }
        for (int i = 1; i < persons.size(); i++) {
            if (!PERSONS_JOINED.matcher(sentence.text().substring(persons.get(i - 1).end(), persons.get(i).begin())).matches()) {
                return List.of(visitor); // 转达了…总统马里奥·苏亚雷斯对李先念主席访问…: not listed together
            }
        }
        return persons.stream().map(Mention::entity).distinct().toList();
    }

    /** What stands between two persons listed together: a title, then 、, 和, 与 or 及 (not the 和 of 共和国), then a title. */
    private static final Pattern PERSONS_JOINED = Pattern.compile("[^，。；对]{0,10}?(?:、|(?<!共)和|与|及)[^，。；对]{0,16}");

    /**
     * The nearest participant before the verb in its clause, else the sentence's actor (我们: China); not
     * who invites (应奥巴马总统邀请对美国进行国事访问), nor a state named for its unnamed office-holder.
     */
    private static Optional<Entity> visitor(SentenceView sentence, int clause, int verb) {
        Matcher invitation = INVITATION.matcher(sentence.text()).region(clause, verb);
        List<Entity> before = new ArrayList<>();
        List<Mention> named = new ArrayList<>();
        boolean invited = invitation.find();
        if (invited) { // who stands before or after 应…邀请, not inside it
            before.addAll(sentence.participantsIn(clause, invitation.start()));
            before.addAll(sentence.participantsIn(invitation.end(), verb));
            named.addAll(sentence.mentionsIn(clause, invitation.start()));
            named.addAll(sentence.mentionsIn(invitation.end(), verb));
        } else {
            before.addAll(sentence.participantsIn(clause, verb));
            named.addAll(sentence.mentionsIn(clause, verb));
        }
        Matcher envoy = AS_ENVOY.matcher(sentence.text()).region(clause, verb);
        if (envoy.find()) { // 我作为习近平主席特使访问印度: who sends the envoy is not who goes
            List<Entity> sender = sentence.participantsIn(envoy.start(1), envoy.end(1));
            before.removeAll(sender);
            named.removeIf(m -> m.begin() >= envoy.start(1) && m.end() <= envoy.end(1));
        }
        if (named.stream().anyMatch(m -> sentence.namesAnUnnamedOfficeHolder(m) && sentence.unnamedHeadOfState(m).isEmpty())
                && named.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON)) {
            return Optional.empty();
        }
        if (before.isEmpty() && invited) {
            return sentence.firstPersonBefore(verb); // 应…邀请 with no visitor of its own: only 我 (the minister), never the inviter
        }
        Optional<Entity> person = before.stream().filter(e -> e.type() == EntityType.PERSON).reduce((a, b) -> b);
        if (person.isPresent()) {
            return person;
        }
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1));
        }
        return sentence.firstPersonBefore(verb).or(() -> sentence.addresseeBefore(verb)).or(() -> sentence.agentBefore(verb));
    }

    /** Whether a place is named right after the verb, or after its aspect (访问了乌克兰、波兰…). */
    private static boolean startsRightAfter(SentenceView sentence, int index) {
        int object = index < sentence.text().length() && "了过".indexOf(sentence.text().charAt(index)) >= 0 ? index + 1 : index;
        return sentence.mentions().stream().anyMatch(m -> m.begin() == object);
    }
}
