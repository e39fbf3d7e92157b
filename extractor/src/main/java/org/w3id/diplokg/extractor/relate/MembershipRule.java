package org.w3id.diplokg.extractor.relate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Membership and accession: X加入Y (accession), X作为Y常任理事国/成员国 and X是Y成员 (member),
 * 入世 (China's accession to the WTO), where Y is an organization and X the actor before the verb.
 */
final class MembershipRule implements RelationRule {
    private static final Set<EntityType> ORGANIZATIONS = EnumSet.of(EntityType.ORGANIZATION);
    private static final Pattern JOIN = Pattern.compile("加入|加入了|成为");
    private static final Pattern MEMBER_AS = Pattern.compile("作为|身为|是");
    private static final Pattern MEMBER_WORD = Pattern.compile("^(?:的)?(?:常任理事国|非常任理事国|成员国|成员|会员国|会员|缔约国|创始成员)");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher join = JOIN.matcher(text);
        while (join.find()) {
            Optional<Mention> organization = sentence.mentionStartingNear(join.end(), ORGANIZATIONS, "了");
            if (organization.isEmpty()) {
                continue;
            }
            if (namesAProgramme(text, organization.get())) {
                continue; // 加入世卫组织“新冠疫苗实施计划” joins the programme, not the organization
            }
            boolean becomesMember = join.group().equals("成为");
            if (becomesMember && !MEMBER_WORD.matcher(text.substring(organization.get().end())).find()) {
                continue; // 成为…的伙伴 is not membership
            }
            add(sentence, found, join.start(), organization.get(), becomesMember ? "member" : "accession");
        }
        Matcher as = MEMBER_AS.matcher(text);
        while (as.find()) {
            Optional<Mention> organization = sentence.mentionStartingNear(as.end(), ORGANIZATIONS, "");
            if (organization.isPresent() && MEMBER_WORD.matcher(text.substring(organization.get().end())).find()) {
                add(sentence, found, as.start(), organization.get(), "member");
            }
        }
        int at = text.indexOf("入世");
        int accession = at > 0 && text.charAt(at - 1) == '加' ? -1 : at; // 加入世贸组织 was read above
        if (accession >= 0 && sentence.speakerCountry() != null) {
            Entity china = sentence.speakerCountry();
            sentence.mentions().stream().filter(m -> m.begin() == accession + 1 && m.entity().type() == EntityType.ORGANIZATION)
                    .findFirst()
                    .ifPresent(wto -> found.add(new Relation(RelationKind.MEMBERSHIP, List.of(china), wto.entity(), null,
                            "accession", null, accession, accession + 2)));
        }
    }

    /** The members are the countries named before the verb in its clause (中俄是…常任理事国), else its actor if a country. */
    private static void add(SentenceView sentence, List<Relation> found, int verb, Mention organization, String qualifier) {
        List<Entity> members = sentence.actorsIn(sentence.clauseStart(verb), verb).stream()
                .filter(e -> e.type() == EntityType.COUNTRY).toList();
        if (members.isEmpty()) {
            members = sentence.actorBefore(verb).filter(e -> e.type() == EntityType.COUNTRY).stream().toList();
        }
        if (!members.isEmpty()) {
            found.add(new Relation(RelationKind.MEMBERSHIP, members, organization.entity(), null, qualifier, null,
                    Math.min(verb, organization.begin()), organization.end()));
        }
    }

    private static boolean namesAProgramme(String text, Mention organization) {
        return organization.end() < text.length() && "“\"《「".indexOf(text.charAt(organization.end())) >= 0;
    }
}
