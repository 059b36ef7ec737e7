using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Baseline and candidate cases matched by id, with the cases only one side has.</summary>
internal sealed class CasePairing
{
    private CasePairing(
        List<(CaseScores Baseline, CaseScores Candidate)> paired,
        List<CaseScores> candidateOnly,
        List<string> baselineOnly)
    {
        Paired = paired;
        CandidateOnly = candidateOnly;
        BaselineOnly = baselineOnly;
    }

    public IReadOnlyList<(CaseScores Baseline, CaseScores Candidate)> Paired { get; }

    public IReadOnlyList<CaseScores> CandidateOnly { get; }

    public IReadOnlyList<string> BaselineOnly { get; }

    public static CasePairing Create(ScoreReport baseline, ScoreReport candidate, bool allowMissing)
    {
        var candidates = candidate.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var paired = new List<(CaseScores, CaseScores)>();
        var baselineOnly = new List<string>();
        foreach (var b in baseline.Cases)
        {
            if (candidates.Remove(b.Id, out var c))
            {
                paired.Add((b, c));
            }
            else
            {
                baselineOnly.Add(b.Id);
            }
        }

        if (baselineOnly.Count > 0 && !allowMissing)
        {
            var path = candidate.SourcePath;
            var message = $"{path ?? "the candidate"}: {baselineOnly.Count} of the baseline's " +
                          $"{baseline.Cases.Count} cases are missing (e.g. {DecisionText.Examples(baselineOnly)}); " +
                          "a dropped case can hide a regression. Run the whole eval set, or set " +
                          "allowMissingCases in the policy if cases were removed on purpose.";
            throw new EvaluationException(
                new EvaluationProblem(EvaluationProblemKind.CaseSetMismatch, path, message)
                {
                    Role = EvaluationFileRole.Candidate,
                    CaseId = baselineOnly[0],
                });
        }

        var candidateOnly = candidate.Cases.Where(c => candidates.ContainsKey(c.Id)).ToList();
        return new CasePairing(paired, candidateOnly, baselineOnly);
    }
}
