package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Membership and accession: X加入Y (accession), X作为Y常任理事国/成员国 (and 作为Y成员，X…, the member opening the clause
 * after), X是Y和Z的成员, X成为Y正式成员,
 * 恢复Y合法席位 (X在Y的合法席位, 一切合法权利 or 代表权: X; Y恢复了X的合法席位), 重返Y大家庭, X当选Y非常任理事国, X同为Y成员 (member),
 * 入世 (China's accession to the WTO), X组成的Y (those who form it), where Y is an organization and X the actor before
 * the verb; and a body's chair named by that title (东盟轮值主席国老挝).
 */
final class MembershipRule implements RelationRule {
    private static final Set<EntityType> ORGANIZATIONS = EnumSet.of(EntityType.ORGANIZATION);
    private static final Pattern JOIN = Pattern.compile("加入|加入了|成为|重返|恢复|当选");
    /** What may stand between 当选 and the body: the term (当选2017年至2018年联合国安理会非常任理事国). */
    private static final String TERM = "0123456789年至到—-";
    /** A body formed by those named before (墨西哥、委内瑞拉、哥伦比亚和巴拿马四国组成的孔塔多拉集团, …组成了…): each a member. */
    private static final Pattern FORMED = Pattern.compile("组成了?的?");
    private static final Pattern STANCE_BEFORE = Pattern.compile("支持|欢迎|希望|祝贺|赞赏|评价");
    /** Being a member (中印同为…成员). */
    private static final Pattern MEMBER_AS = Pattern.compile("作为|身为|是|同为|均为|都是");
    /** The verbs of being a member that may open a sentence, their subject in the clause after (作为…成员，中方…). */
    private static final Pattern OPENS_CLAUSE = Pattern.compile("作为|身为");
    /** A body's chair named as its title before the state (东盟轮值主席国老挝): a member, as the golds read it. */
    private static final Pattern CHAIR_TITLE = Pattern.compile("^(?:轮值)?主席国");
    /** Taking the chair of a body (担任…主席国, 接任…轮值主席国), the body and its term right after the verb. */
    private static final Pattern CHAIRS = Pattern.compile("(?:担任|接任|接棒)了?");
    private static final Set<EntityType> COUNTRIES = EnumSet.of(EntityType.COUNTRY);
    /**
     * A member's seat, rights or representation in a body (恢复了中华人民共和国在联合国的一切合法权利, 中国在联合国的代表权问题,
     * 民主柬埔寨在联合国的合法席位), the member named before 在, each body after it (在世界银行及其附属机构国际开发协会…的代表权).
     */
    private static final Pattern SEAT_IN = Pattern.compile(
            "(?<member>[^，。在]{0,12})在(?<body>[^，。在]{2,30}?)的?(?:一切)?(?:合法(?:权利和)?(?:席位|权利)|席位|代表权)");
    /** A body restoring a member's seat, the body the subject (国际货币基金组织已于4月17日恢复了中国的合法席位). */
    private static final Pattern SEAT_RESTORED_BY = Pattern.compile(
            "恢复了?(?<member>[^，。在的]{1,12})的?(?:一切)?(?:合法(?:权利和)?(?:席位|权利)|合法代表权|代表权)");
    /**
     * What after the body makes its subject a member: 成员国, 一员, a seat, counted or not (第159个会员国), new (新会员国), or
     * one that founded it (发起国, 创始国).
     */
    private static final Pattern MEMBER_WORD = Pattern.compile("^(?:的)?(?:第[\\d一二三四五六七八九十百]+个)?(?:新|重要|正式|创始|意向(?:创始)?)?(?:大家庭)?(?:常任理事国|非常任理事国|成员国|成员|一员|会员国|会员|缔约国|合法席位|席位|大家庭|发起国|创始国)");
    /**
     * States listed, counted, then named as a body's states (马来西亚、菲律宾、泰国三个东盟国家, 印尼等五个东盟成员国): its
     * members.
     */
    private static final Pattern COUNTED_MEMBERS = Pattern.compile("(?:等)?[两二三四五六七八九十]个$");
    private static final Pattern STATES_OF = Pattern.compile("国家|成员国");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher join = JOIN.matcher(text);
        while (join.find()) {
            Optional<Mention> organization = sentence.mentionStartingNear(join.end(), ORGANIZATIONS,
                    join.group().equals("当选") ? TERM : "了");
            if (organization.isEmpty()) {
                continue;
            }
            if (namesAProgramme(text, organization.get())) {
                continue; // 加入世卫组织“新冠疫苗实施计划” joins the programme, not the organization
            }
            boolean becomesMember = !join.group().startsWith("加入");
            if (becomesMember && !MEMBER_WORD.matcher(text.substring(organization.get().end())).find()) {
                continue; // 成为…的伙伴 is not membership, 恢复…合作 no return to a seat
            }
            add(sentence, found, join.start(), organization.get(), becomesMember ? RelationAction.MEMBER : RelationAction.ACCESSION);
        }
        Matcher formed = FORMED.matcher(text);
        while (formed.find()) {
            int verb = formed.start();
            sentence.mentionStartingNear(formed.end(), ORGANIZATIONS, "")
                    .ifPresent(body -> add(sentence, found, verb, body, RelationAction.MEMBER));
        }
        Matcher as = MEMBER_AS.matcher(text);
        while (as.find()) {
            List<Mention> listed = new ArrayList<>(); // 是金砖国家和二十国集团的重要成员: each of the list
            Optional<Mention> organization = sentence.mentionStartingNear(as.end(), ORGANIZATIONS, "");
            while (organization.isPresent()) {
                listed.add(organization.get());
                int next = organization.get().end();
                organization = next < text.length() && "和、与及".indexOf(text.charAt(next)) >= 0
                        ? sentence.mentionStartingNear(next + 1, ORGANIZATIONS, "") : Optional.empty();
            }
            if (listed.isEmpty() || !MEMBER_WORD.matcher(text.substring(listed.get(listed.size() - 1).end())).find()) {
                continue;
            }
            Optional<Entity> subjectAfter = OPENS_CLAUSE.matcher(as.group()).matches() && sentence.clauseStart(as.start()) == as.start()
                    ? subjectOfNextClause(sentence, listed.get(listed.size() - 1).end()) : Optional.empty();
            if (subjectAfter.isPresent()) { // 作为安理会常任理事国，中国…: the member is the subject the clause after names
                listed.forEach(m -> found.add(sentence.stated(Relation.of(RelationKind.MEMBERSHIP, List.of(subjectAfter.get()),
                        as.start(), m.end()).withObject(m.entity()).withAction(RelationAction.MEMBER), as.start())));
            } else {
                listed.forEach(m -> add(sentence, found, as.start(), m, RelationAction.MEMBER));
            }
        }
        for (Mention body : sentence.mentions()) {
            if (body.entity().type() == EntityType.ORGANIZATION && STATES_OF.matcher(text).region(body.end(), text.length()).lookingAt()) {
                Matcher counted = COUNTED_MEMBERS.matcher(text).region(0, body.begin());
                List<Mention> listed = counted.find() ? sentence.listedEndingAt(counted.start(), COUNTRIES) : List.of();
                if (!listed.isEmpty()) { // one relation of them all, as the annotators list states named together
                    found.add(Relation.of(RelationKind.MEMBERSHIP, listed.stream().map(Mention::entity).toList(),
                            listed.get(0).begin(), body.end()).withObject(body.entity()).withAction(RelationAction.MEMBER));
                }
            }
        }
        Matcher chairs = CHAIRS.matcher(text);
        while (chairs.find()) { // 印度今年担任金砖国家主席国, 中国正式接任二十国集团主席国: only a member chairs
            sentence.mentionStartingNear(chairs.end(), ORGANIZATIONS, TERM + "的")
                    .filter(body -> CHAIR_TITLE.matcher(text.substring(body.end()).replaceFirst("^的", "")).find())
                    .ifPresent(body -> add(sentence, found, chairs.start(), body, RelationAction.MEMBER));
        }
        for (Mention body : sentence.mentions()) {
            Matcher chair = CHAIR_TITLE.matcher(text.substring(body.end()));
            if (body.entity().type() == EntityType.ORGANIZATION && chair.find()) {
                int titleEnd = body.end() + chair.end();
                sentence.mentionStartingNear(titleEnd, COUNTRIES, "").filter(state -> state.begin() == titleEnd)
                        // a title states what is, whatever the clause goes on to say will be done (将, 愿)
                        .ifPresent(state -> found.add(Relation.of(RelationKind.MEMBERSHIP, List.of(state.entity()),
                                body.begin(), state.end()).withObject(body.entity()).withAction(RelationAction.MEMBER)));
            }
        }
        Matcher seat = SEAT_IN.matcher(text);
        while (seat.find()) { // 恢复了中华人民共和国在联合国的合法席位: the state named before 在, else who acts
            List<Mention> named = sentence.mentionsIn(seat.start("body"), seat.end("body"));
            if (named.isEmpty() || named.get(0).begin() != seat.start("body") || named.get(0).entity().type() != EntityType.ORGANIZATION) {
                continue; // 在中国恢复联合国合法席位周年之际: 在 opens a time, not the body a seat is in
            }
            List<Mention> bodies = named.stream().filter(m -> m.entity().type() == EntityType.ORGANIZATION).toList();
            Optional<Entity> member = lastMember(sentence, seat)
                    .or(() -> sentence.actorBefore(seat.start("body")).filter(e -> e.type() == EntityType.COUNTRY));
            member.ifPresent(state -> bodies.forEach(body -> addSeat(sentence, found, state, body.entity(), seat)));
        }
        Matcher restored = SEAT_RESTORED_BY.matcher(text);
        while (restored.find()) { // 国际奥委会恢复了中国奥委会的合法权利: the body the subject, the member after the verb
            Optional<Entity> body = sentence.actorBefore(restored.start()).filter(e -> e.type() == EntityType.ORGANIZATION);
            Optional<Entity> member = lastMember(sentence, restored);
            if (body.isPresent() && member.isPresent()) {
                addSeat(sentence, found, member.get(), body.get(), restored);
            }
        }
        int at = text.indexOf("入世");
        int accession = at > 0 && text.charAt(at - 1) == '加' ? -1 : at; // 加入世贸组织 was read above
        if (accession >= 0 && sentence.speakerCountry() != null) {
            Entity china = sentence.speakerCountry();
            sentence.mentions().stream().filter(m -> m.begin() == accession + 1 && m.entity().type() == EntityType.ORGANIZATION)
                    .findFirst()
                    .ifPresent(wto -> found.add(sentence.stated(Relation.of(RelationKind.MEMBERSHIP, List.of(china), accession, accession + 2)
                            .withObject(wto.entity()).withAction(RelationAction.ACCESSION), accession)));
        }
    }

    /** The member a seat's words name: the last state or body in their member group (…包括台湾在内的全中国在…: 中国). */
    private static Optional<Entity> lastMember(SentenceView sentence, Matcher seat) {
        List<Entity> named = sentence.mentionsIn(seat.start("member"), seat.end("member")).stream().map(Mention::entity)
                .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION).toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    private static void addSeat(SentenceView sentence, List<Relation> found, Entity member, Entity body, Matcher seat) {
        if (!member.equals(body)) {
            found.add(sentence.stated(Relation.of(RelationKind.MEMBERSHIP, List.of(member), seat.start(), seat.end())
                    .withObject(body).withAction(RelationAction.MEMBER), seat.start()));
        }
    }

    /** The state that opens the clause after the next comma (…，中国一贯…, …，中方全面落实…), if one does. */
    private static Optional<Entity> subjectOfNextClause(SentenceView sentence, int from) {
        int comma = sentence.text().indexOf('，', from);
        if (comma < 0) {
            return Optional.empty();
        }
        return sentence.mentionStartingNear(comma + 1, COUNTRIES, "").filter(m -> m.begin() == comma + 1).map(Mention::entity);
    }

    /** The members are the countries named before the verb in its clause (中俄是…常任理事国), else its actor if a country. */
    private static void add(SentenceView sentence, List<Relation> found, int verb, Mention organization, RelationAction action) {
        int from = sentence.clauseStart(verb);
        Matcher stance = STANCE_BEFORE.matcher(sentence.text().substring(from, verb));
        while (stance.find()) {
            from = sentence.clauseStart(verb) + stance.end(); // 中方支持非盟成为…成员: the member is after 支持
        }
        List<Entity> members = sentence.actorsIn(from, verb).stream()
                .filter(e -> e.type() != EntityType.REGION && !e.equals(organization.entity())).toList();
        if (members.isEmpty()) {
            members = withoutPossessors(sentence, verb, sentence.partiesBefore(verb).stream().filter(e -> e.type() == EntityType.COUNTRY).toList());
        }
        if (members.isEmpty()) {
            members = sentence.actorBefore(verb).filter(e -> e.type() == EntityType.COUNTRY).stream().toList();
        }
        if (!members.isEmpty()) {
            found.add(sentence.stated(Relation.of(RelationKind.MEMBERSHIP, members, Math.min(verb, organization.begin()), organization.end())
                    .withObject(organization.entity()).withAction(action), verb));
        }
    }

    /**
     * The parties less those named only as whose something is (柬埔寨和泰国都是中国的友好邻邦，也都是东盟的重要成员: China
     * is whose neighbours they are, no member), where any party is left.
     */
    private static List<Entity> withoutPossessors(SentenceView sentence, int verb, List<Entity> parties) {
        List<Mention> before = sentence.mentionsIn(0, verb);
        List<Entity> possessors = before.stream().filter(m -> sentence.text().startsWith("的", m.end())).map(Mention::entity)
                .filter(e -> before.stream().noneMatch(m -> m.entity().equals(e) && !sentence.text().startsWith("的", m.end()))).toList();
        List<Entity> left = parties.stream().filter(e -> !possessors.contains(e)).toList();
        return left.isEmpty() ? parties : left;
    }

    private static boolean namesAProgramme(String text, Mention organization) {
        return organization.end() < text.length() && "“\"《「".indexOf(text.charAt(organization.end())) >= 0;
    }
}
