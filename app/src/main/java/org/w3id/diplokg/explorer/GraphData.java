package org.w3id.diplokg.explorer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;

/**
 * An entity's neighbourhood as the network view draws it: the entity, the entities most often
 * named with it and those it has relations with, each with its size (statements, and neighbours
 * an expansion would add, shown before expanding); edges labelled with co-mention counts and
 * relation types.
 */
final class GraphData {
    static final int NEIGHBOURS = 20;
    private static final int RELATION_EDGES = 40;
    /** An entity named with more others than this is drawn as a hub, and can be hidden. */
    static final long HUB = 40;

    private GraphData() {}

    static JsonObject of(ViewBuilder view, String entity, Lang lang) {
        var togetherLater = Neighbourhood.coMentions(view, entity, NEIGHBOURS);
        var relationsLater = Neighbourhood.relationEdges(view, entity, RELATION_EDGES);
        Table together = ViewBuilder.join(togetherLater);
        Table relations = ViewBuilder.join(relationsLater);
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(entity);
        together.rows().forEach(r -> nodes.add(Table.text(r, "other")));
        relations.rows().forEach(r -> nodes.add(Table.text(r, "other")));
        Map<String, Neighbourhood.Size> sizes = Neighbourhood.sizes(view, nodes);
        Labels labels = Labels.lookup(view, nodes);

        JsonArray nodeArray = new JsonArray();
        for (String iri : nodes) {
            Label label = labels.of(iri);
            Neighbourhood.Size size = sizes.getOrDefault(iri, new Neighbourhood.Size(0, 0));
            JsonObject node = new JsonObject();
            node.put("id", iri);
            node.put("label", label.in(lang));
            node.put("kind", label.kind().map(EntityKind::cssName).orElse("other"));
            node.put("kindName", label.kind().map(k -> k.title(lang)).orElse(""));
            node.put("statements", size.statements());
            node.put("neighbours", size.neighbours());
            node.put("hub", size.neighbours() > HUB);
            node.put("page", PageAddress.of("entity", lang).with("iri", iri).toString());
            node.put("expand", PageAddress.of("graph", lang).with("iri", iri).with("format", "json").toString());
            nodeArray.add(node);
        }
        Map<String, JsonObject> edges = new LinkedHashMap<>();
        for (QuerySolution row : together.rows()) {
            String other = Table.text(row, "other");
            edges.put(edgeId(entity, other, "co"), edge(entity, other, "co", Long.toString(Table.number(row, "together"))));
        }
        for (QuerySolution row : relations.rows()) {
            String other = Table.text(row, "other");
            String type = Table.text(row, "type");
            long count = Table.number(row, "relations");
            String label = RelationKind.name(type, lang) + (count > 1 ? " ×" + count : "");
            String kind = "rel:" + type.substring(type.lastIndexOf('#') + 1);
            edges.put(edgeId(entity, other, kind), edge(entity, other, kind, label));
        }
        JsonArray edgeArray = new JsonArray();
        edges.values().forEach(edgeArray::add);
        JsonObject graph = new JsonObject();
        graph.put("center", entity);
        graph.put("nodes", nodeArray);
        graph.put("edges", edgeArray);
        return graph;
    }

    /** The same id for both directions, so an edge found again from its other end is not drawn twice. */
    private static String edgeId(String a, String b, String kind) {
        return (a.compareTo(b) < 0 ? a + " " + b : b + " " + a) + " " + kind;
    }

    private static JsonObject edge(String source, String target, String kind, String label) {
        JsonObject edge = new JsonObject();
        edge.put("id", edgeId(source, target, kind));
        edge.put("source", source);
        edge.put("target", target);
        edge.put("kind", kind.startsWith("rel:") ? "relation" : "co-mention");
        edge.put("label", label);
        return edge;
    }
}
