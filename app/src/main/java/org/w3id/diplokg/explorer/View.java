package org.w3id.diplokg.explorer;

import gg.jte.Content;
import java.util.List;

/** A rendered view: its title, its main part (a template's output), and the queries (with results) behind it. */
record View(String title, Content body, List<Table> tables) {}
