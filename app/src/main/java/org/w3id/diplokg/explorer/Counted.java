package org.w3id.diplokg.explorer;

/** A linked name with a count beside it ("中国 12"). */
record Counted(Link link, long count) {}
