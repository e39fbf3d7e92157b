package org.w3id.diplokg.explorer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A link within the explorer: a route and its query parameters, percent-encoded when written out. */
record PageAddress(String route, Map<String, String> parameters) {
    static final String BASE = "/explore/";

    static PageAddress of(String route, Lang lang) {
        PageAddress address = new PageAddress(route, Map.of());
        return lang == Lang.ZH ? address : address.with("lang", lang.code());
    }

    PageAddress with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return new PageAddress(route, copy);
    }

    PageAddress without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.remove(name);
        return new PageAddress(route, copy);
    }

    /** The relative URL, not yet HTML-escaped. */
    @Override
    public String toString() {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return BASE + route + (query.isEmpty() ? "" : "?" + query);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
