package org.w3id.diplokg.explorer;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer at {@code /explore/}: routes a request to its view, answers in the format asked
 * ({@code format=csv&part=N}, {@code format=ttl}, {@code format=json} for the network), and turns
 * bad parameters into 400, unknown resources into 404 and timeouts into 503, each with a page
 * that says why.
 */
public final class ExplorerServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServlet.class);
    private static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final transient QueryRunner runner;

    /** Serves {@code dataset} (the one the SPARQL service serves), each query stopped after {@code timeoutMillis}. */
    public ExplorerServlet(DatasetGraph dataset, long timeoutMillis) {
        this.runner = new QueryRunner(dataset, timeoutMillis);
    }

    /**
     * Renders the overview and counts every entity's neighbours once in the background, so the
     * first visitor does not wait for a cold JVM and cold indexes (those queries are then cached).
     */
    public void warmUp() {
        Thread warming = new Thread(() -> {
            try {
                HomeView.render(runner, Facets.NONE, PageAddress.of("", Lang.ZH), Lang.ZH);
                Neighbourhood.everySize(new ViewBuilder(runner));
            } catch (RuntimeException e) {
                LOG.warn("warming up the explorer failed: {}", e.getMessage());
            }
        }, "explorer-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect(PageAddress.BASE);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/assets/")) {
            asset(path.substring("/assets/".length()), response);
            return;
        }
        Lang lang = Lang.of(request.getParameter("lang"));
        String route = path.substring(1);
        try {
            answer(route, request, response, lang);
        } catch (BadRequest e) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage(), lang);
        } catch (NotFound e) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, "Not found", e.getMessage(), lang);
        } catch (QueryCancelledException e) {
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too slow",
                    "A query of this page ran longer than the server's timeout.", lang);
        }
    }

    private void answer(String route, HttpServletRequest request, HttpServletResponse response, Lang lang) throws IOException {
        String format = request.getParameter("format") == null ? "html" : request.getParameter("format");
        String searchText = "";
        PageAddress address;
        View view;
        List<String> scripts = List.of();
        switch (route) {
            case "" -> {
                Facets facets = Parameters.facets(request);
                address = facets.on(PageAddress.of("", lang));
                view = HomeView.render(runner, facets, address, lang);
            }
            case "search" -> {
                searchText = Parameters.text(request);
                Facets facets = Parameters.facets(request);
                Listing listing = Parameters.listing(request);
                address = listing.on(facets.on(PageAddress.of("search", lang).with("q", searchText)));
                view = SearchView.render(runner, searchText, facets, listing, address, lang);
                address = address.with("page", Integer.toString(listing.page()));
            }
            case "entity" -> {
                String iri = Parameters.iri(request);
                Facets facets = Parameters.facets(request);
                Listing listing = Parameters.listing(request);
                String relation = Parameters.relationType(request);
                address = listing.on(facets.on(PageAddress.of("entity", lang).with("iri", iri)));
                address = relation == null ? address : address.with("relation", RelationKind.localName(relation));
                view = EntityView.render(runner, iri, facets, listing, relation, address, lang);
                address = address.with("page", Integer.toString(listing.page()));
            }
            case "entities" -> {
                EntityKind kind = Parameters.kind(request, EntityKind.COUNTRY);
                Facets facets = Parameters.facets(request);
                address = facets.on(PageAddress.of("entities", lang).with("kind", kind.cssName()));
                view = EntitiesView.render(runner, kind, facets, address, lang);
            }
            case "asked" -> {
                EntityKind kind = Parameters.kind(request, EntityKind.COUNTRY);
                Facets facets = Parameters.facets(request).only(HomeView.QUESTION_FACETS);
                address = facets.on(PageAddress.of("asked", lang).with("kind", kind.cssName()));
                view = AskedView.render(runner, kind, facets, address, lang);
            }
            case "outlet" -> {
                String iri = Parameters.iri(request);
                address = PageAddress.of("outlet", lang).with("iri", iri);
                view = OutletView.render(runner, iri, lang);
            }
            case "document" -> {
                String iri = Parameters.iri(request);
                address = PageAddress.of("document", lang).with("iri", iri);
                view = DocumentView.render(runner, iri, lang);
            }
            case "graph" -> {
                String iri = Parameters.iri(request);
                if (format.equals("json")) {
                    send(response, "application/json", GraphView.json(runner, iri, lang).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                address = PageAddress.of("graph", lang).with("iri", iri);
                view = GraphView.render(runner, iri, lang);
                scripts = List.of(PageAddress.BASE + "assets/cytoscape.min.js", GraphView.SCRIPT);
            }
            default -> throw new NotFound("The explorer has no page " + PageAddress.BASE + route + ".");
        }
        switch (format) {
            case "html" -> {
                response.setHeader("Content-Security-Policy", SECURITY_POLICY);
                send(response, "text/html; charset=utf-8",
                        Layout.page(view, address, lang, searchText, scripts).getBytes(StandardCharsets.UTF_8));
            }
            case "csv" -> {
                Table table = view.tables().get(Parameters.part(request, view.tables().size()));
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(route, table.name()) + ".csv\"");
                response.setContentType("text/csv; charset=utf-8");
                Exports.csv(table, response.getOutputStream());
            }
            case "ttl" -> {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(route, "view") + ".ttl\"");
                send(response, "text/turtle; charset=utf-8", Exports.turtle(runner, view));
            }
            default -> throw new BadRequest("The format parameter must be html, csv or ttl (json for the network).");
        }
    }

    private static String fileName(String route, String part) {
        return ("diplokg-" + (route.isEmpty() ? "overview" : route) + "-" + part).replaceAll("[^A-Za-z0-9-]+", "-");
    }

    private static void asset(String name, HttpServletResponse response) throws IOException {
        var asset = Assets.find(name);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "max-age=3600");
        send(response, asset.get().contentType(), asset.get().bytes());
    }

    private static void problem(HttpServletResponse response, int status, String title, String message, Lang lang) throws IOException {
        LOG.debug("{}: {}", status, message);
        View view = new View(title, Templates.content("problem.jte", new Problem(title, message, PageAddress.of("", lang).toString())),
                List.of());
        response.setStatus(status);
        response.setHeader("Content-Security-Policy", SECURITY_POLICY);
        send(response, "text/html; charset=utf-8",
                Layout.page(view, PageAddress.of("", lang), lang, "", List.of()).getBytes(StandardCharsets.UTF_8));
    }

    /** What problem.jte shows: why the page could not be given, and the way back. */
    record Problem(String title, String message, String home) {}

    private static void send(HttpServletResponse response, String contentType, byte[] bytes) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
