#!/usr/bin/env bash
# Side by side: ReleaseGate RG1002 and secretlint (recommended preset) on the labelled C# fixtures.
# Usage: bench/SecretScanComparison/run.sh   (needs npm and the .NET SDK; installs secretlint here)
set -euo pipefail
cd "$(dirname "$0")"
fixtures=../../tests/ReleaseGate.Analyzers.Tests/SecretFixtures
out=$(mktemp -d)

npm install --no-audit --no-fund --silent
# secretlint exits 1 when it finds something; the findings are what we want.
npx secretlint --format json --secretlintrc .secretlintrc.json "$fixtures/*.cs" > "$out/secretlint.json" || true

dotnet build FixtureScan.csproj --nologo -v:q "-p:ErrorLog=$out/rg.sarif%2Cversion=2.1" > "$out/build.log"

python3 compare.py "$fixtures" "$out/rg.sarif" "$out/secretlint.json"
rm -rf "$out"
