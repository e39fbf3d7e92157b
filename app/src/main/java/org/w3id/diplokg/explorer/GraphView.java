package org.w3id.diplokg.explorer;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code /explore/graph?iri=}: the entity's neighbourhood drawn with Cytoscape.js. Clicking a
 * node (or its button in the list beside the drawing) shows its counts and lets one open its page,
 * expand its neighbours into the drawing, or collapse them again; hubs can be hidden.
 */
final class GraphView {
    static final String SCRIPT = PageAddress.BASE + "assets/graph.js";

    private GraphView() {}

    static View render(QueryRunner runner, String entity, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        JsonObject graph = GraphData.of(view, entity, lang);
        String name = "";
        for (JsonValue node : graph.get("nodes").getAsArray()) {
            if (node.getAsObject().getString("id").equals(entity)) {
                name = node.getAsObject().getString("label");
            }
        }
        boolean alone = known(graph, entity).size() == 1;
        return view.build("Network: " + name, "graph.jte", new Page(name, alone,
                PageAddress.of("entity", lang).with("iri", entity).toString(), GraphData.HUB, graph.toString()));
    }

    /** What graph.jte shows: the entity's name, whether it has no neighbour, its page, the hub threshold, and the graph as JSON. */
    record Page(String name, boolean alone, String entityPage, long hub, String json) {}

    /** The graph's nodes; none but an entity of no known kind means the IRI names no entity. */
    private static JsonArray known(JsonObject graph, String entity) {
        JsonArray nodes = graph.get("nodes").getAsArray();
        if (nodes.size() == 1 && nodes.get(0).getAsObject().getString("kind").equals("other")) {
            throw new NotFound("The graph holds no entity with the IRI " + entity + ".");
        }
        return nodes;
    }

    /** The neighbourhood as JSON, with the queries that produced it (what an expansion fetches). */
    static String json(QueryRunner runner, String entity, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        JsonObject graph = GraphData.of(view, entity, lang);
        known(graph, entity);
        JsonArray queries = new JsonArray();
        for (Table table : view.tables()) {
            JsonObject query = new JsonObject();
            query.put("name", table.name());
            query.put("sparql", table.sparql());
            queries.add(query);
        }
        graph.put("queries", queries);
        return graph.toString();
    }
}
