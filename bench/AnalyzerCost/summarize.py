"""Reads a detailed `dotnet build -p:ReportAnalyzer=true` log and prints the ReleaseGate analyzers' share."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()

# The compiler prints one table per compilation: "Total analyzer execution time: N seconds." then rows
# "   <seconds>   <percent>   <analyzer name>".
total_analyzers = sum(float(v) for v in re.findall(r"Total analyzer execution time: ([\d.]+) seconds", text))
ours = {}
for seconds, name in re.findall(r"^\s+(<?[\d.]+)\s+<?\d+\s+(ReleaseGate\.Analyzers\.[\w.]+)", text, re.M):
    ours[name] = ours.get(name, 0.0) + float(seconds.lstrip("<"))
csc = re.findall(r"^\s+(\d+) ms\s+Csc\s+\d+ calls", text, re.M)
csc_seconds = sum(int(v) for v in csc) / 1000.0

print(f"Csc task time:                   {csc_seconds:8.2f} s")
print(f"all analyzers (compiler report): {total_analyzers:8.2f} s")
for name, seconds in sorted(ours.items()):
    print(f"  {name:<60}{seconds:8.3f} s")
mine = sum(ours.values())
if csc_seconds > 0:
    print(f"ReleaseGate analyzers:           {mine:8.3f} s = {mine / csc_seconds:.2%} of compile time")
warnings = sorted(set(re.findall(r"^(.*warning RG100\d.*)$", text, re.M)))
print(f"ReleaseGate diagnostics: {len(warnings)}")
for line in warnings:
    print("  " + re.sub(r"\s*\[.*\]$", "", line.strip())[:220])
