#!/usr/bin/env python3
"""Draws app/src/test/resources/relations/judged.tsv from the dataset in data/ (./diplokg build first):
every relation the seeds give, keyed by (kind, parties, object, modality, evidence statement). A
relation whose evidence is in a document of a development gold set gets the verdict of that gold
(1: the gold lists it, with this modality; 0: it does not); the verdicts already in the file are
kept for the others (seeds 002 and 004 have no gold), and a relation new to the file gets "?",
for a person to judge by reading the statement. RelationJudgementTest fails while a "?" is left,
and whenever the build and the file differ."""
import csv, io, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "app/src/test/resources/relations/judged.tsv")
GOLD = os.path.join(ROOT, "app/src/test/resources/gold")
KINDS = {"Partnership": "partnership", "AgreementAction": "agreement-action", "AgreementParty": "agreement-party",
         "Membership": "membership", "RelationsAnniversary": "anniversary", "Support": "support",
         "Opposition": "opposition", "InitiativeParticipation": "initiative", "Meeting": "meeting", "Visit": "visit",
         "Hosting": "hosting", "Aid": "aid", "Talks": "talks", "Conflict": "conflict", "Cooperation": "cooperation"}
QUERY = """PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?r ?type ?modality ?text ?file (GROUP_CONCAT(DISTINCT ?p; separator="|") AS ?parties)
       (SAMPLE(?o) AS ?object) (GROUP_CONCAT(DISTINCT ?variant; separator="\u0001") AS ?variants) WHERE {
  ?r a dkg:Relation ; dkg:relationType ?type ; dkg:modality ?modality ; dkg:evidence ?s .
  ?s nif:isString ?text ; dkg:inDocument/dkg:sourceFile ?file .
  ?r dkg:party/skos:prefLabel ?p FILTER (lang(?p) = "zh")
  OPTIONAL { ?r dkg:object/skos:prefLabel ?o FILTER (lang(?o) = "zh") }
  OPTIONAL { ?s dkg:span/dkg:variantText ?variant }
} GROUP BY ?r ?type ?modality ?text ?file"""


def local(iri):
    return re.split(r"[#/]", iri)[-1]


def norm(text):
    return re.sub(r"[\s\u3000“”\"＂「」『』‘’']", "", text)


def gold_sets():
    """file name -> (entity aliases, gold relations) for the documents of the development sets."""
    by_file = {}
    for name in sorted(os.listdir(GOLD)):
        folder = os.path.join(GOLD, name)
        if not os.path.isfile(os.path.join(folder, "relations.tsv")):
            continue
        aliases = {}
        for row in csv.reader(open(os.path.join(folder, "entities.tsv"), encoding="utf-8"), delimiter="\t"):
            if row and not row[0].startswith("#"):
                aliases[row[1]] = {row[1]} | {s for s in row[4].split("|") if len(s) >= 2}
        relations = [row for row in csv.reader(open(os.path.join(folder, "relations.tsv"), encoding="utf-8"), delimiter="\t")
                     if row and not row[0].startswith("#")]
        for row in csv.reader(open(os.path.join(folder, "documents.txt"), encoding="utf-8"), delimiter="\t"):
            if row and not row[0].startswith("#"):
                by_file[row[0]] = (aliases, relations)
    return by_file


def same(gold_name, label, aliases):
    return label == gold_name or label in aliases.get(gold_name, {gold_name})


def verdict(relation, gold, wordings):
    """wordings: the evidence statement's text and its other renditions' wordings (dkg:variantText): the gold
    copies its evidence from one file, which may word the statement otherwise."""
    aliases, relations = gold
    kind, parties, obj, modality, text = relation
    for g in relations:
        if g[0] != kind or not any(norm(g[4]) in norm(w) for w in wordings) or g[3] != modality:
            continue
        gold_parties = g[1].split("|")
        if len(gold_parties) != len(parties):
            continue
        if g[2] != "-" and (obj == "-" or not same(g[2], obj, aliases)):
            continue
        left = list(parties)
        ok = True
        for p in gold_parties:
            hit = next((x for x in left if same(p, x, aliases)), None)
            if hit is None:
                ok = False
                break
            left.remove(hit)
        if ok:
            return "1"
    return "0"


def main():
    res = subprocess.run([os.path.join(ROOT, "diplokg"), "query", "--format", "csv", QUERY], capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0:
        sys.exit(res.stderr)
    kept = {}
    if os.path.exists(OUT):
        for row in csv.reader(open(OUT, encoding="utf-8"), delimiter="\t"):
            if row and not row[0].startswith("#") and row[0] != "kind":
                kept[tuple(row[:5])] = row[5:7]
    golds = gold_sets()
    rows = {}
    for r in csv.DictReader(io.StringIO(res.stdout)):
        key = (KINDS[local(r["type"])], "|".join(sorted(r["parties"].split("|"))), r["object"] or "-",
               local(r["modality"]).lower(), r["text"])
        if r["file"] in golds:
            wordings = [key[4]] + [w for w in r["variants"].split("\u0001") if w]
            v = verdict((key[0], key[1].split("|"), key[2], key[3], key[4]), golds[r["file"]], wordings)
            rows[key] = [v, "gold"] if key not in rows or rows[key][0] != "1" else rows[key]
        elif key not in rows:
            rows[key] = kept.get(key, ["?", ""])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Judged relations of the seeds' build (dev/draw-relation-verdicts.py). verdict: 1 right, 0 wrong;\n"
                "# note \"gold\": judged by the development gold of its document, else judged by reading the statement.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "parties", "object", "modality", "evidence", "verdict", "note"])
        for key in sorted(rows):
            w.writerow(list(key) + rows[key])
    print(f"{len(rows)} relations, {sum(1 for v in rows.values() if v[0] == '?')} to judge")


main()
