#!/usr/bin/env python3
"""Draws the relation sample whose precision is judged by hand: every dkg:Relation of the dataset in
data/ (./diplokg build first), sorted by IRI, shuffled with a fixed seed, the first N kept. Writes a
TSV with an empty verdict column to fill in (1 right, 0 wrong, and a note); see
app/src/test/resources/relations/README.md. Usage: dev/sample-relations.py [N] > sample.tsv"""
import csv, io, random, subprocess, sys

SEED = 20261202
QUERY = """
SELECT ?r ?type (GROUP_CONCAT(DISTINCT ?pl; separator="|") AS ?parties) (SAMPLE(?ol) AS ?object)
       (SAMPLE(?ot) AS ?objectText) (SAMPLE(?q) AS ?qualifier) (SAMPLE(?y) AS ?since) (SAMPLE(?text) AS ?evidence) WHERE {
  ?r a dkg:Relation ; dkg:relationType ?t ; dkg:evidence ?s .
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  ?s nif:isString ?text .
  OPTIONAL { ?r dkg:party ?p . ?p skos:prefLabel ?pl FILTER(lang(?pl) = "zh") }
  OPTIONAL { ?r dkg:object ?o . ?o skos:prefLabel ?ol FILTER(lang(?ol) = "zh") }
  OPTIONAL { ?r dkg:objectText ?ot }
  OPTIONAL { ?r dkg:qualifier ?q }
  OPTIONAL { ?r dkg:sinceYear ?y }
} GROUP BY ?r ?type ORDER BY ?r
"""

size = int(sys.argv[1]) if len(sys.argv) > 1 else 50
res = subprocess.run(["./diplokg", "query", "--format", "csv", QUERY], capture_output=True, text=True)
if res.returncode != 0:
    sys.exit(f"query failed: {res.stderr}")
rows = list(csv.DictReader(io.StringIO(res.stdout)))
random.Random(SEED).shuffle(rows)
out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
out.writerow(["relation", "type", "parties", "object", "objectText", "qualifier", "since", "evidence", "verdict", "note"])
for row in rows[:size]:
    out.writerow([row["r"], row["type"], row["parties"], row["object"], row["objectText"], row["qualifier"],
                  row["since"], row["evidence"], "", ""])
