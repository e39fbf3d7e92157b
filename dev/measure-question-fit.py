#!/usr/bin/env python3
"""Scores how the dataset in data/ or the folder named (./diplokg build first) links answers to the question they sit under,
against dev/misplaced-answers.tsv (the answer sentences of the seeds that a reader finds under a question
they do not answer). Per file: the misplaced sentences, how many of them are only dkg:mayAnswer (after a
page jump, or without one), and how many correctly placed answer sentences are dkg:mayAnswer (wrongly
uncertain); then each miss and each wrongly uncertain sentence. In-sample: the rule was written with
these seeds in view (see README, "What the seeds' faults do to the counts")."""
import csv, io, os, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUERY = """PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?file ?begin ?link ?text ?afterJump WHERE {
  GRAPH ?g {
    { ?s dkg:answers ?q BIND ("answers" AS ?link) } UNION { ?s dkg:mayAnswer ?q BIND ("mayAnswer" AS ?link) }
    ?s nif:isString ?text ; dkg:span ?span . ?span dkg:document ?d ; dkg:beginOffset ?begin . ?d dkg:sourceFile ?file .
    ?q rdfs:label ?asked .
    BIND (EXISTS { ?d dkg:pageJump ?jump . ?jump dkg:beginOffset ?j .
                   ?qs dkg:partOf ?q ; dkg:span ?qspan . ?qspan dkg:document ?d ; dkg:endOffset ?qend
                   FILTER (?j >= ?qend && ?j < ?begin) } AS ?afterJump)
  }
} ORDER BY ?file ?begin"""

with tempfile.NamedTemporaryFile("w", suffix=".rq", delete=False, encoding="utf-8") as f:
    f.write("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + QUERY)
data = sys.argv[1:2] and ["--data", os.path.abspath(sys.argv[1])]  # another dataset folder than data/
res = subprocess.run([os.path.join(ROOT, "diplokg"), "query", *data, "--format", "csv", "--file", f.name],
                     capture_output=True, text=True, cwd=ROOT)
if res.returncode != 0:
    sys.exit(f"query failed: {res.stderr}")
rows = list(csv.DictReader(io.StringIO(res.stdout)))
with open(os.path.join(ROOT, "dev/misplaced-answers.tsv"), encoding="utf-8") as f:
    labelled = {(r["file"], int(r["begin"])) for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")}

counts, misses, wrong = Counter(), [], []
for r in rows:
    key, uncertain, jumped = (r["file"], int(r["begin"])), r["link"] == "mayAnswer", r["afterJump"] == "true"
    if key in labelled:
        counts[r["file"], "misplaced after a jump" if jumped else "misplaced, no jump"] += 1
        counts[r["file"], ("uncertain after a jump" if jumped else "uncertain, no jump") if uncertain else "missed"] += 1
        if not uncertain:
            misses.append(r)
    else:
        counts[r["file"], "placed right"] += 1
        if uncertain:
            counts[r["file"], "wrongly uncertain"] += 1
            wrong.append(r)
columns = ["misplaced after a jump", "uncertain after a jump", "misplaced, no jump", "uncertain, no jump", "missed",
           "placed right", "wrongly uncertain"]
print("| file | " + " | ".join(columns) + " |")
print("|---|" + "---|" * len(columns))
for file in sorted({r["file"] for r in rows}) + ["all"]:
    pick = lambda c: sum(v for (f, k), v in counts.items() if k == c and (file == "all" or f == file))
    print(f"| {file} | " + " | ".join(str(pick(c)) for c in columns) + " |")
for title, found in (("missed (still dkg:answers)", misses), ("wrongly uncertain", wrong)):
    print(f"\n{title}:")
    for r in found:
        print(f"  {r['file']} {r['begin']} {r['text'][:50]}")
