#!/usr/bin/env bash
# Measures what the ReleaseGate analyzers add to the compile of a foreign project.
# Usage: measure.sh PROJECT.csproj TARGET_FRAMEWORK [SINKS_FILE [MSBUILD_ARGS...]]
# Builds the project once with -p:ReportAnalyzer=true and prints the compiler's own analyzer timings for the
# ReleaseGate analyzers next to the Csc task time, from one run (the machine may be shared: read ratios).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$1
framework=$2
sinks=${3:-}
extra=("${@:4}")
analyzer="$here/../../src/ReleaseGate.Analyzers/bin/Release/netstandard2.0/ReleaseGate.Analyzers.dll"
dotnet build "$here/../../src/ReleaseGate.Analyzers" -c Release -v:q --nologo > /dev/null
log=$(mktemp)
dotnet build "$project" -f "$framework" --no-incremental -v:d -clp:PerformanceSummary \
    -p:ReportAnalyzer=true -p:TreatWarningsAsErrors=false \
    "-p:CustomAfterMicrosoftCommonTargets=$here/inject.targets" \
    "-p:ReleaseGateAnalyzerPath=$analyzer" "-p:ReleaseGateSinksFile=$sinks" "${extra[@]}" > "$log" 2>&1 || { tail -30 "$log"; exit 1; }
python3 "$here/summarize.py" "$log"
rm -f "$log"
