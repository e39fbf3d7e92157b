package org.w3id.diplokg.extractor.relate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Hosting an event: X主办/举办/承办/主持/办好/召开 an event (共同…: each of those named, or the partner after 同 and who
 * the sentence opens with; not where X only backs it: 中国支持召开…); an event 在X举行/召开/开幕; 在X举行的 an event; 在X出席,
 * 赴X出席 an event (where it is attended is where it is held), and 来华出席 one (China); 应X邀请…出席 an event (who invites hosts);
 * X作为Y东道国 (see {@link #asHost}); X申办 an event, hosting sought (see {@link #bids}). The host is who acts before the verb (我们:
 * China), or the state named or lying after 在 or 赴; the object the event.
 */
final class HostingRule implements RelationRule {
    private final Gazetteer gazetteer;

    HostingRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }
    private static final Pattern HOSTS = Pattern.compile("主办|举办|承办|主持|办好|举行|召开");
    /** A stance or wish between who is named and the verb (中国支持召开…会议): what is backed, not hosted, by them. */
    private static final Pattern BACKS = Pattern.compile("支持|赞成|主张|希望|建议|呼吁|要求|同意|提议|倡议|欢迎|祝贺|推动|促成|争取");
    private static final Pattern HELD_IN = Pattern.compile("在([^，。在]{1,16}?)(?:举行|召开|开幕|闭幕|举办|结束(?!后))");
    private static final Set<EntityType> EVENTS = EnumSet.of(EntityType.EVENT);
    /** 应…邀请 at an event attended: who invites hosts it (应马来西亚总理穆希丁邀请，习近平主席将…出席…会议). */
    private static final Pattern INVITED = Pattern.compile("应([^，。应]{1,30}?)邀请");
    private static final Pattern ATTENDS = Pattern.compile("出席|参加");
    /** China's own leaders by office, who invite as China (应国家主席习近平邀请). */
    private static final Pattern CHINAS_OFFICE = Pattern.compile("国家主席|国务院总理");

    /** How far before 举办的 its host may end (中方此前举办的…, 中国主办的…). */
    private static final int RIGHT_BEFORE = 6;

    /** 由 before the host of a passive (…会议由马来西亚主办). */
    private static final Pattern BY_HOST = Pattern.compile("由(?=[^，。由]{1,12}$)");
    /** Coming to China to attend (来华出席…, 访华并出席…): China holds what is attended. */
    private static final Pattern TO_CHINA = Pattern.compile("(?:来华|访华)(?:并)?(?:出席|参加)");

    /** Attending where it is held: 在马尼拉出席…会议, 赴莫斯科出席…庆典, 赴泰国曼谷，出席了… (the place's state hosts the event). */
    private static final Pattern ATTENDED_AT = Pattern.compile("(?:在|赴|到|前往|来到)([^，。在赴到]{1,16}?)(?:，并?|并)?(?:出席|参加)");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher held = HELD_IN.matcher(text);
        while (held.find()) { // 峰会将在哈萨克斯坦举行, 在秘鲁举行的会议
            Optional<Entity> host = hostIn(sentence, held.start(1), held.end(1));
            // the event after 的 (在秘鲁举行的会议: first, so that in …峰会和在老挝举行的会议 the place is the second's), named
            // before (峰会将在哈萨克斯坦举行), or right after (在俄罗斯举行“和平使命—2007”…演习)
            // …的 then words: what is held is what those words name, if an event, never one before (在新德里举行的
            // 首脑会议和…在布宜诺斯艾利斯举行的部长级会议: the second place holds no summit); …举行的。 is the one before
            boolean heldWhatFollows = text.startsWith("的", held.end()) && held.end() + 1 < text.length()
                    && "，。；！？".indexOf(text.charAt(held.end() + 1)) < 0;
            Optional<Mention> event = heldWhatFollows ? sentence.mentionStartingNear(held.end() + 1, EVENTS, "")
                    : eventBefore(sentence, held.start()).or(() -> sentence.mentionStartingNear(held.end(), EVENTS, "了“"));
            if (host.isPresent() && event.isPresent()) {
                // 双方希望将于…在瑞士日内瓦举行的美苏首脑会晤…: the wish is for the meeting's outcome; the clause before 的 says on
                // its own that it will be held
                int hope = heldWhatFollows ? wishBefore(text, sentence.clauseStart(held.start()), held.start()) : -1;
                add(sentence, found, List.of(host.get()), event.get(), held.start(), held.start(1), hope);
            }
        }
        Matcher attended = ATTENDED_AT.matcher(text);
        while (attended.find()) { // 赴莫斯科出席纪念卫国战争胜利70周年庆典: Russia hosts it
            if (attended.group(1).contains("视频") || attended.group(1).contains("线上")) {
                continue; // 在北京以视频方式出席: where the guest sits, not where it is held
            }
            if (attended.group(1).matches(".*[访和、].*") || text.startsWith("在", attended.end())) {
                continue; // 到访俄罗斯和非洲，并出席在南非德班举行的…: places visited, and the event held elsewhere
            }
            Optional<Entity> host = hostIn(sentence, attended.start(1), attended.end(1));
            Optional<Mention> event = eventAfter(sentence, attended.end());
            if (host.isPresent() && event.isPresent()) {
                add(sentence, found, host.get(), event.get(), attended.start(), attended.start(1));
            }
        }
        Matcher toChina = TO_CHINA.matcher(text);
        while (toChina.find()) { // 来华出席第二届“一带一路”国际合作高峰论坛: China hosts it
            Optional<Entity> china = sentence.chinaBoundAt(toChina.start());
            Optional<Mention> event = eventAfter(sentence, toChina.end());
            if (china.isPresent() && event.isPresent()) {
                add(sentence, found, china.get(), event.get(), toChina.start(), toChina.start());
            }
        }
        invitedTo(sentence, found);
        bids(sentence, found);
        asHost(sentence, found);
        heldWhereNamed(sentence, found);
        Matcher hosts = HOSTS.matcher(text);
        while (hosts.find()) { // 我们将举办首届峰会, 支持南非办好今年的会晤
            if (text.startsWith("举行", hosts.start()) || MeetingRule.insideAName(sentence, hosts.start())) {
                continue; // 举行 names the venue (above) or an action of the parties, not a host
            }
            int clause = sentence.clauseStart(hosts.start());
            Matcher by = BY_HOST.matcher(text.substring(clause, hosts.start()));
            Optional<Mention> event;
            Optional<Entity> host;
            boolean passive = by.find();
            if (passive) { // 今年的亚太经合组织会议由马来西亚主办: the event before 由, the host after it
                event = eventBefore(sentence, clause + by.start());
                host = sentence.participantsIn(clause + by.end(), hosts.start()).stream().findFirst();
            } else if (text.startsWith("的", hosts.end())) {
                // 菲方参加了在上海举办的进博会: who acts in the main clause is no host; only one named right before
                event = eventAfter(sentence, hosts.end());
                host = sentence.mentionsIn(Math.max(clause, hosts.start() - RIGHT_BEFORE), hosts.start()).stream()
                        .filter(m -> !sentence.framedByZai(m) && sentence.participantsIn(m.begin(), m.end()).contains(m.entity()))
                        .map(Mention::entity).reduce((first, second) -> second);
                if (host.isEmpty()) {
                    continue;
                }
            } else {
                event = eventAfter(sentence, hosts.end());
                host = sentence.participantsIn(clause, hosts.start()).stream().reduce((first, second) -> second);
            }
            if (host.isEmpty()) {
                host = sentence.agentBefore(hosts.start());
            }
            boolean actsInTheClause = !passive && !text.startsWith("的", hosts.end());
            if (actsInTheClause && onlyBacks(sentence, host, hosts.start())) {
                continue; // 中国支持召开…: who backs it is not who holds it
            }
            // 同拉马福萨总统共同主持, 由中国和泰国共同主持, 中俄两国将共同办好: each of those named hosts it
            boolean jointly = text.startsWith("共同", hosts.start() - 2);
            List<Entity> together = !jointly ? List.of()
                    : passive ? sentence.participantsIn(clause + by.end(), hosts.start())
                    : withWhoJoins(sentence, sentence.partiesBefore(hosts.start()), hosts.start());
            List<Entity> hostsOfIt = together.size() >= 2 ? together : host.stream().toList();
            if (event.isEmpty() || hostsOfIt.isEmpty()) {
                continue;
            }
            add(sentence, found, hostsOfIt.stream().map(place -> stateOfPlace(place, sentence.said())).distinct().toList(), event.get(), hosts.start(), hosts.start());
            if (hosts.group().equals("办好")) { // 支持法方办好巴黎奥运会: to host it well is still to come
                Relation hosting = found.remove(found.size() - 1);
                found.add(hosting.modality() == RelationModality.DONE ? hosting.withModality(RelationModality.PLANNED) : hosting);
            }
        }
    }

    /**
     * Whether a stance or wish stands between the host found and the verb (中国支持召开…, 我们支持在联合国主持下，召开…): from
     * where the host is last named, or the sentence's start for a host it does not name (the speaker's country).
     */
    private static boolean onlyBacks(SentenceView sentence, Optional<Entity> host, int verb) {
        int after = host.flatMap(named -> sentence.mentionsIn(0, verb).stream().filter(m -> m.entity().equals(named))
                .reduce((first, second) -> second)).map(Mention::end).orElse(0);
        return BACKS.matcher(sentence.text().substring(after, verb)).find();
    }

    /** An election or referendum: held, but hosted by no one. */
    private static final Pattern VOTE = Pattern.compile("(?:选举|大选|公投)$");
    /** A session of China's legislature or its advisory conference (第十三届全国人民代表大会第三次会议). */
    private static final Pattern LEGISLATIVE_SESSION = Pattern.compile("(?:全国人民代表大会|全国人大|政治协商会议|全国政协)[^，。]*第?[一二三四五六七八九十\\d]+次会议");
    /**
     * Words after an event, its subject, saying it is held, opens or closes (杭州峰会本周日就要开幕, 青岛峰会将举行,
     * 北京冬奥会成功举办); not 开幕式, where someone attends the opening, nor …期间举行会晤, what is done there (but 如期举行).
     */
    private static final Pattern HELD = Pattern.compile("^(?:(?!期间)[^，。；、和与]){0,12}?(?<verb>举行|召开|开幕(?!式)|闭幕(?!式)|拉开帷幕|落下帷幕|举办|结束(?!后))");
    /** The longest place name looked for inside an event's name. */
    private static final int LONGEST_PLACE = 6;

    /**
     * An event named for the city it is held in (二十国集团领导人杭州峰会, 上海合作组织青岛峰会), where its
     * clause says it is held or opens: hosted by the city's state, as the annotators read it.
     */
    private void heldWhereNamed(SentenceView sentence, List<Relation> found) {
        for (Mention event : sentence.mentions()) {
            if (event.entity().type() != EntityType.EVENT
                    || found.stream().anyMatch(r -> r.kind() == RelationKind.HOSTING && event.entity().equals(r.object()))) {
                continue;
            }
            Matcher held = HELD.matcher(sentence.text().substring(event.end(), sentence.clauseEnd(event.end())));
            if (!held.find() || !sentence.mentionsIn(event.end(), event.end() + held.end()).isEmpty()) {
                continue;
            }
            int verb = event.end() + held.start("verb"); // 即将开幕: the words before the verb say when
            stateOfCityIn(event.surface(), sentence.said()).ifPresent(state -> add(sentence, found, state, event, event.begin(), verb));
        }
    }

    /** The state of a city the gazetteer knows, named inside an event's name (杭州 of 杭州峰会: China). */
    private Optional<Entity> stateOfCityIn(String name, LocalDate said) {
        for (int begin = 0; begin < name.length() - 1; begin++) {
            for (int end = Math.min(name.length(), begin + LONGEST_PLACE); end >= begin + 2; end--) {
                Optional<Entity> place = gazetteer.byName(name.substring(begin, end)).filter(e -> e.type() == EntityType.REGION);
                if (place.isPresent() && gazetteer.stateOf(place.get()).isPresent()) {
                    return gazetteer.stateOf(place.get(), said);
                }
            }
        }
        return Optional.empty();
    }

    /** The event a guest is invited to attend, hosted by the inviter's state. */
    private static void invitedTo(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher invited = INVITED.matcher(text);
        if (!invited.find()) {
            return;
        }
        Optional<Entity> host = sentence.mentionsIn(invited.start(1), invited.end(1)).stream().map(Mention::entity)
                .filter(e -> e.type() == EntityType.COUNTRY).findFirst();
        if (host.isEmpty() && CHINAS_OFFICE.matcher(invited.group(1)).find() && sentence.speakerCountry() != null) {
            host = Optional.of(sentence.speakerCountry());
        }
        Matcher attends = ATTENDS.matcher(text).region(invited.end(), text.length());
        if (host.isEmpty() || !attends.find()) {
            return;
        }
        Optional<Mention> event = eventAfter(sentence, attends.end());
        if (event.isPresent()) {
            add(sentence, found, host.get(), event.get(), invited.start(), attends.start());
        }
    }

    /**
     * The state an event is held in: the country named after 在, else the state of the place named
     * there (在北京举行: China; 在巴西利亚举行: Brazil), as GUIDELINES.md has it.
     */
    private Optional<Entity> hostIn(SentenceView sentence, int begin, int end) {
        List<Entity> named = sentence.mentionsIn(begin, end).stream().map(Mention::entity).toList();
        return named.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst()
                .or(() -> named.stream().filter(e -> e.type() == EntityType.REGION).map(place -> gazetteer.stateOf(place, sentence.said()))
                        .flatMap(Optional::stream).findFirst());
    }

    /** A place hosts through its state (北京举办: China); a state, a body or a person hosts as it is. */
    private Entity stateOfPlace(Entity host, LocalDate said) {
        return host.type() == EntityType.REGION ? gazetteer.stateOf(host, said).orElse(host) : host;
    }

    /**
     * 习近平主席访问南非期间，还将同拉马福萨总统共同主持…: the partner after 同 and who the sentence opens with (else the
     * minister's state) host it together.
     */
    private static List<Entity> withWhoJoins(SentenceView sentence, List<Entity> parties, int verb) {
        String text = sentence.text();
        int with = Math.max(text.lastIndexOf('同', verb), text.lastIndexOf('与', verb));
        if (parties.size() != 1 || with < 0) {
            return parties;
        }
        Optional<Entity> first = sentence.participantsIn(0, with).stream().findFirst().or(() -> Optional.ofNullable(sentence.speakerCountry()));
        return first.filter(e -> !parties.contains(e)).map(e -> List.of(e, parties.get(0))).orElse(parties);
    }

    /** A wish or stance on what follows (希望, 期待, 祝愿, 支持): what it governs is the event, not its being held. */
    private static final Pattern WISH = Pattern.compile("希望|期待|期望|祝愿|预祝|祝贺|支持|欢迎|相信");

    /** Where the words after the last wish before {@code at} in its clause begin, or -1 where there is none. */
    private static int wishBefore(String text, int clause, int at) {
        Matcher wish = WISH.matcher(text).region(clause, at);
        int after = -1;
        while (wish.find()) {
            after = wish.end();
        }
        return after;
    }

    private static void add(SentenceView sentence, List<Relation> found, Entity host, Mention event, int begin, int verb) {
        add(sentence, found, List.of(host), event, begin, verb);
    }

    private static void add(SentenceView sentence, List<Relation> found, List<Entity> hosts, Mention event, int begin, int verb) {
        add(sentence, found, hosts, event, begin, verb, -1);
    }

    /** @param window where the words that say how sure it is begin, or -1 for those governing {@code verb} */
    private static void add(SentenceView sentence, List<Relation> found, List<Entity> hosts, Mention event, int begin, int verb,
                            int window) {
        if (LEGISLATIVE_SESSION.matcher(event.entity().zhLabel()).find() || VOTE.matcher(event.entity().zhLabel()).find()) {
            // 十三届全国人大三次会议在人民大会堂举行: a state's own legislature sitting is hosted by no one (no gold lists it);
            // 台湾地区领导人选举将于本月18日举行: nor is a vote
            return;
        }
        Relation relation = Relation.of(RelationKind.HOSTING, hosts, Math.min(begin, event.begin()),
                Math.max(event.end(), verb)).withObject(event.entity());
        found.add(window >= 0 ? sentence.stated(relation, window, verb) : sentence.stated(relation, verb));
    }

    /** Bidding to host (申办): who bids, named right before, and the event after it; 未能成功 after it says the bid failed. */
    private static final Pattern BIDS = Pattern.compile("申办");
    private static final Pattern BID_FAILED = Pattern.compile("未能成功|未获成功|失败");
    /** How far before 申办 the bidder may end (中方支持巴西申办…, 北京正在申办…). */
    private static final int BIDDER_BEFORE = 8;

    /**
     * A bid to host an event is hosting sought (北京正在申办2008年奥运会: China; 中方支持索契申办2014年冬季奥运会: Russia, as all
     * fourteen such development relations are read), denied where the bid failed (北京申办2000年奥运会未能成功): the state or
     * place named last right before 申办 in its clause, a place through its state.
     */
    private void bids(SentenceView sentence, List<Relation> found) {
        Matcher bid = BIDS.matcher(sentence.text());
        while (bid.find()) {
            int clause = sentence.clauseStart(bid.start());
            Optional<Entity> bidder = sentence.mentionsIn(Math.max(clause, bid.start() - BIDDER_BEFORE), bid.start()).stream()
                    .map(Mention::entity).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.REGION)
                    .reduce((first, second) -> second).map(e -> stateOfPlace(e, sentence.said()))
                    .or(() -> sentence.actorBefore(bid.start())); // 我们正在积极申办…: the speaker's state
            Optional<Mention> event = eventAfter(sentence, bid.end());
            if (bidder.isEmpty() || event.isEmpty() || bidder.get().type() != EntityType.COUNTRY) {
                continue;
            }
            String after = sentence.text().substring(event.get().end(), sentence.clauseEnd(event.get().end()));
            Relation bidding = Relation.of(RelationKind.HOSTING, List.of(bidder.get()), bid.start(), event.get().end())
                    .withObject(event.get().entity());
            found.add(bidding.withModality(BID_FAILED.matcher(after).find() ? RelationModality.DENIED : RelationModality.SOUGHT));
        }
    }

    /** Acting as host (作为东道国, 作为六方会谈东道国, 作为东道主, 作为主办国): the words between may name the event. */
    private static final Pattern AS_HOST = Pattern.compile("作为([^，。；作]{0,24}?)的?(?:东道国|东道主|主办国|主办方)");

    /**
     * Who acts as host of an event named between hosts it (中方作为六方会谈东道国…): the party named last before 作为 in its
     * clause, or, where 作为 opens the sentence, the next clause's first. Not an event named elsewhere or before: measured,
     * the event the turn named last is mostly a round or edition where the golds list the series (六方会谈), and one named
     * after is often another (中方支持俄方作为东道主办好此次会议，…推动多哈回合谈判…): 3 more right for 8 more wrong.
     */
    private static void asHost(SentenceView sentence, List<Relation> found) {
        Matcher matcher = AS_HOST.matcher(sentence.text());
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            Optional<Entity> host = sentence.actorsIn(clause, matcher.start()).stream().reduce((first, last) -> last);
            if (host.isEmpty() && clause == 0) {
                int next = sentence.clauseEnd(matcher.end()) + 1;
                host = next < sentence.text().length() ? sentence.actorsIn(next, sentence.clauseEnd(next)).stream().findFirst() : Optional.empty();
            }
            Optional<Entity> event = sentence.mentionsIn(matcher.start(1), matcher.end(1)).stream().filter(m -> EVENTS.contains(m.entity().type()))
                    .findFirst().map(Mention::entity);
            if (host.isPresent() && event.isPresent()) {
                found.add(sentence.stated(Relation.of(RelationKind.HOSTING, List.of(host.get()), matcher.start(), matcher.end())
                        .withObject(event.get()), matcher.start()));
            }
        }
    }

    /** The first event named after {@code index} in its clause (出席…峰会, 举办…博览会). */
    private static Optional<Mention> eventAfter(SentenceView sentence, int index) {
        return sentence.mentionsIn(index, sentence.clauseEnd(index)).stream().filter(m -> EVENTS.contains(m.entity().type())).findFirst();
    }

    /** The event named as the subject right before 在 (峰会将在…举行), in the same clause. */
    private static Optional<Mention> eventBefore(SentenceView sentence, int index) {
        return sentence.mentionsIn(sentence.clauseStart(index), index).stream()
                .filter(m -> EVENTS.contains(m.entity().type())).reduce((first, second) -> second);
    }
}
