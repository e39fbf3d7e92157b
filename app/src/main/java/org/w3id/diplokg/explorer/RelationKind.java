package org.w3id.diplokg.explorer;

import org.w3id.diplokg.vocab.DKG;

/** Names for the relation types, as the pages and the graph's edges show them. */
final class RelationKind {
    private RelationKind() {}

    static String name(String typeIri, Lang lang) {
        String local = typeIri.startsWith(DKG.NS) ? typeIri.substring(DKG.NS.length()) : typeIri;
        if (lang == Lang.EN) {
            return switch (local) {
                case "RelationsAnniversary" -> "anniversary of relations";
                case "AgreementAction" -> "agreement action";
                case "InitiativeParticipation" -> "takes part in initiative";
                default -> local.toLowerCase(java.util.Locale.ROOT);
            };
        }
        return switch (local) {
            case "Partnership" -> "伙伴关系";
            case "AgreementAction" -> "协定行动";
            case "Membership" -> "成员";
            case "RelationsAnniversary" -> "关系周年";
            case "Support" -> "支持";
            case "Opposition" -> "反对";
            case "InitiativeParticipation" -> "参与倡议";
            default -> local;
        };
    }
}
