#!/usr/bin/env python3
"""Re-runs every ```sparql block of README.md on the dataset in data/ (./diplokg build first) and
rewrites the result table under it. ReadmeExamplesTest checks the tables against a fresh build of
the seeds; run this after a change that alters the results, and read the diff before committing."""
import csv, io, re, subprocess, sys, tempfile

readme = open("README.md", encoding="utf-8").read().split("\n")
out, i = [], 0
while i < len(readme):
    line = readme[i]
    out.append(line)
    i += 1
    if line != "```sparql":
        continue
    query = []
    while readme[i] != "```":
        query.append(readme[i]); out.append(readme[i]); i += 1
    out.append(readme[i]); i += 1
    while i < len(readme) and not readme[i].strip():
        i += 1
    while i < len(readme) and readme[i].startswith("|"):
        i += 1
    with tempfile.NamedTemporaryFile("w", suffix=".rq", delete=False, encoding="utf-8") as f:
        f.write("\n".join(query))
    res = subprocess.run(["./diplokg", "query", "--format", "csv", "--file", f.name], capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"query failed: {res.stderr}")
    rows = list(csv.reader(io.StringIO(res.stdout)))
    out.append("")
    out.append("| " + " | ".join(rows[0]) + " |")
    out.append("|" + "---|" * len(rows[0]))
    for r in rows[1:]:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
    out.append("")
text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
open("README.md", "w", encoding="utf-8").write(text)
