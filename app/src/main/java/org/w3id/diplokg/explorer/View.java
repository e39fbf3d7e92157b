package org.w3id.diplokg.explorer;

import java.util.List;

/** A rendered view: its title, the HTML of its main part, and the queries (with results) behind it. */
record View(String title, String body, List<Table> tables) {}
