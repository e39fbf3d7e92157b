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
        StringBuilder body = new StringBuilder();
        body.append("<h1>Network: <span lang=\"zh\">").append(Html.text(name)).append("</span></h1>\n")
                .append(alone ? "<p class=\"message\" role=\"status\">No statement names it together with another entity.</p>\n" : "")
                .append("<p class=\"note\">Edges: the number of statements naming both entities, or a relation type. ")
                .append("Select a node (click it, or its button in the list) to see how many statements name it and how many ")
                .append("neighbours expanding it adds; expand, collapse, or open its page (or double-click it). ")
                .append(Html.link(PageAddress.of("entity", lang).with("iri", entity), "Back to the entity page")).append("</p>\n")
                .append("<div class=\"graph-controls\"><label><input type=\"checkbox\" id=\"hide-hubs\"> hide hubs (entities named with more than ")
                .append(GraphData.HUB).append(" others, such as 中国)</label> <button type=\"button\" id=\"relayout\">lay out again</button></div>\n")
                .append("<div class=\"graph\"><div id=\"cy\" role=\"img\" aria-label=\"network of the entities named with ")
                .append(Html.text(name)).append("\"></div>\n")
                .append("<aside id=\"node-panel\" aria-live=\"polite\"><p class=\"note\">Select a node.</p></aside></div>\n")
                .append("<section aria-labelledby=\"nodes-title\"><h2 id=\"nodes-title\">Nodes in the drawing</h2>\n")
                .append("<ul id=\"node-list\" class=\"node-list\"></ul></section>\n")
                .append("<section id=\"expansions\" hidden><h2>Queries run for expansions</h2><div id=\"expansion-queries\"></div></section>\n")
                .append("<script type=\"application/json\" id=\"graph-data\">").append(GraphData.forScript(graph)).append("</script>\n");
        return view.build("Network: " + name, body.toString());
    }

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
        for (Table table : view.build("", "").tables()) {
            JsonObject query = new JsonObject();
            query.put("name", table.name());
            query.put("sparql", table.sparql());
            queries.add(query);
        }
        graph.put("queries", queries);
        return graph.toString();
    }
}
