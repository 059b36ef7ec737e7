"""Scores RG1002 and secretlint on the same labelled fixtures and prints recall and false positives for both.

Each fixture line that ends in `// rg:secret` holds one fake credential; each line that ends in `// rg:clean`
holds one look-alike. A tool finds a credential when it reports anything on that line.
"""
import json
import os
import sys

fixtures = sys.argv[1]
sarif_path = sys.argv[2]
secretlint_path = sys.argv[3]

labels = {}
for name in sorted(os.listdir(fixtures)):
    if not name.endswith(".cs"):
        continue
    with open(os.path.join(fixtures, name), encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            text = line.rstrip()
            if text.endswith("// rg:secret"):
                labels[(name, number)] = True
            elif text.endswith("// rg:clean"):
                labels[(name, number)] = False

rg = set()
with open(sarif_path, encoding="utf-8") as f:
    for run in json.load(f)["runs"]:
        for result in run.get("results", []):
            if result.get("ruleId") != "RG1002":
                continue
            for location in result.get("locations", []):
                physical = location["physicalLocation"]
                uri = physical["artifactLocation"]["uri"]
                rg.add((os.path.basename(uri), physical["region"]["startLine"]))

sl = set()
with open(secretlint_path, encoding="utf-8") as f:
    for file_result in json.load(f):
        for message in file_result.get("messages", []):
            sl.add((os.path.basename(file_result["filePath"]), message["loc"]["start"]["line"]))



def score(title, keys):
    secrets = [key for key in keys if labels[key]]
    clean = [key for key in keys if not labels[key]]
    print(f"{title}: {len(secrets)} credentials, {len(clean)} look-alikes")
    print(f"{'tool':<28}{'found':>8}{'recall':>9}{'false pos.':>12}{'FP rate':>9}")
    for tool, found in (("ReleaseGate RG1002", rg), ("secretlint (recommended)", sl)):
        hits = sum(1 for key in secrets if key in found)
        false_positives = [key for key in clean if key in found]
        print(f"{tool:<28}{hits:>8}{hits / len(secrets):>9.1%}{len(false_positives):>12}"
              f"{len(false_positives) / len(clean):>9.1%}")
        missed = [f"{n}:{l}" for (n, l) in secrets if (n, l) not in found]
        if missed:
            print("    missed: " + ", ".join(missed))
        if false_positives:
            print("    false positives: " + ", ".join(f"{n}:{l}" for (n, l) in false_positives))
    print()


# The independent slice (Independent*.cs) was written from providers' documentation and other scanners' test
# suites, apart from the rules; the rest was written together with the rules.
independent = [key for key in labels if key[0].startswith("Independent")]
original = [key for key in labels if not key[0].startswith("Independent")]
score("whole labelled set", list(labels))
score("original slice", original)
score("independent slice", independent)
