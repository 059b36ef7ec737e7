using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>
/// Decides whether a candidate build may replace its baseline, comparing the two score reports case by case.
/// </summary>
/// <remarks>
/// <para>
/// Usage: <c>CanaryEvaluator.EvaluateFiles(new CanaryFiles { BaselinePath = ..., CandidatePath = ...,
/// PolicyPath = ..., AcceptedRegressionsPath = ... })</c> reads and validates every file and returns a
/// <see cref="CanaryOutcome"/>: either a <see cref="CanaryDecision"/> or one <see cref="EvaluationProblem"/>
/// whose <see cref="EvaluationProblem.Kind"/> (missing file, empty, malformed JSON, unknown schema version,
/// non-finite score, duplicate case id, metric missing on one side, case set mismatch, invalid value) and
/// <see cref="EvaluationProblem.Role"/> (baseline, candidate, policy, accepted regressions) are stable, and whose
/// message names the file and what to do. It never throws for bad input. With reports already in memory, call
/// <see cref="Evaluate"/>, which throws <see cref="EvaluationException"/> instead.
/// </para>
/// <para>
/// Per metric the candidate is rejected when its mean is below the policy's minimum (or above its maximum), when
/// the paired bootstrap interval of the mean difference lies wholly beyond the allowed regression, or when a case
/// tagged <c>critical</c> (or any case of a critical metric) passed in the baseline and fails in the candidate.
/// A case passes a metric when its score is at least the metric's pass threshold (at most, for lower-is-better
/// metrics); see <see cref="MetricPolicy.PassThreshold"/>. Accepted regressions count as no change, and only
/// while the baseline's SHA-256 matches the one the accepted-regressions file records.
/// </para>
/// </remarks>
public sealed class CanaryEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="policy">The policy; the default policy when <see langword="null"/>.</param>
    public CanaryEvaluator(CanaryPolicy? policy = null)
    {
        Policy = policy ?? new CanaryPolicy();
    }

    /// <summary>The policy decisions are made with.</summary>
    public CanaryPolicy Policy { get; }

    /// <summary>Reads every file, validates it, and decides; bad input becomes a problem, never an exception.</summary>
    /// <param name="files">The files to read.</param>
    /// <returns>The decision, or the problem that prevented it.</returns>
    public static CanaryOutcome EvaluateFiles(CanaryFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        try
        {
            var policy = files.PolicyPath is null
                ? files.Policy ?? new CanaryPolicy()
                : Load(files.PolicyPath, EvaluationFileRole.Policy, CanaryPolicyReader.Read);
            var baseline = Load(files.BaselinePath, EvaluationFileRole.Baseline, ScoreReportReader.Read);
            var candidate = Load(files.CandidatePath, EvaluationFileRole.Candidate, ScoreReportReader.Read);
            var accepted = files.AcceptedRegressionsPath is null
                ? null
                : Load(files.AcceptedRegressionsPath, EvaluationFileRole.AcceptedRegressions, AcceptedRegressionsFile.Read);
            return CanaryOutcome.Decided(new CanaryEvaluator(policy).Evaluate(baseline, candidate, accepted));
        }
        catch (EvaluationException ex)
        {
            return CanaryOutcome.Failed(ex.Problem);
        }
    }

    /// <summary>Compares two validated reports and decides.</summary>
    /// <param name="baseline">What is live.</param>
    /// <param name="candidate">The build being judged.</param>
    /// <param name="accepted">Reviewed accepted regressions, or <see langword="null"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="EvaluationException">
    /// The reports do not declare the same metrics, the candidate lacks baseline cases the policy does not allow
    /// it to lack, or the policy names a metric neither report declares.
    /// </exception>
    public CanaryDecision Evaluate(ScoreReport baseline, ScoreReport candidate, AcceptedRegressions? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);

        var metrics = ReportConsistency.MatchMetrics(baseline, candidate);
        ReportConsistency.CheckPolicyNames(Policy, metrics);
        var pairing = CasePairing.Create(baseline, candidate, Policy.AllowMissingCases);
        var baselineHash = baseline.SourceSha256 ?? JsonInputFile.Sha256(ScoreReportWriter.ToUtf8Bytes(baseline));
        var candidateHash = candidate.SourceSha256 ?? JsonInputFile.Sha256(ScoreReportWriter.ToUtf8Bytes(candidate));

        var notes = new List<string>();
        var applicable = ApplicableAccepted(accepted, baselineHash, notes);
        var comparisons = metrics.Select(m => MetricJudge.Compare(m, pairing, Policy, applicable)).ToList();
        AddCaseSetNotes(pairing, comparisons, notes);

        var reasons = comparisons.SelectMany(c => c.Reasons).ToList();
        var verdict = reasons.Count == 0 ? CanaryVerdict.Promote : CanaryVerdict.Reject;
        return new CanaryDecision
        {
            Verdict = verdict,
            Summary = Summarize(verdict, reasons, candidate.Build.Version, baseline.Build.Version),
            Reasons = reasons,
            Notes = notes,
            Metrics = comparisons,
            BaselineVersion = baseline.Build.Version,
            CandidateVersion = candidate.Build.Version,
            BaselineSha256 = baselineHash,
            CandidateSha256 = candidateHash,
            PairedCaseCount = pairing.Paired.Count,
            CandidateOnlyCases = pairing.CandidateOnly.Select(c => c.Id).ToList(),
            BaselineOnlyCases = pairing.BaselineOnly,
            Baseline = baseline,
            Candidate = candidate,
            Policy = Policy,
        };
    }

    private static T Load<T>(string path, EvaluationFileRole role, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (EvaluationException ex)
        {
            throw new EvaluationException(ex.Problem.WithRole(role), ex);
        }
    }

    private static AcceptedRegressions? ApplicableAccepted(
        AcceptedRegressions? accepted, string baselineHash, List<string> notes)
    {
        if (accepted is null || accepted.BaselineSha256 == baselineHash)
        {
            return accepted;
        }

        notes.Add(
            $"{accepted.SourcePath ?? "The accepted regressions"} were written for baseline sha256 " +
            $"{DecisionText.ShortHash(accepted.BaselineSha256)}, but the baseline is now " +
            $"{DecisionText.ShortHash(baselineHash)}; its {accepted.Entries.Count} accepted regressions are " +
            "ignored. Review them against the new baseline and record its hash.");
        return null;
    }

    private static void AddCaseSetNotes(CasePairing pairing, List<MetricComparison> comparisons, List<string> notes)
    {
        if (pairing.CandidateOnly.Count > 0)
        {
            notes.Add($"{pairing.CandidateOnly.Count} cases are only in the candidate " +
                      $"(e.g. {DecisionText.Examples(pairing.CandidateOnly.Select(c => c.Id))}); they are scored " +
                      "apart and not compared.");
        }

        if (pairing.BaselineOnly.Count > 0)
        {
            notes.Add($"{pairing.BaselineOnly.Count} baseline cases are missing from the candidate " +
                      $"(e.g. {DecisionText.Examples(pairing.BaselineOnly)}); the policy allows it, so they are " +
                      "not compared.");
        }

        foreach (var comparison in comparisons.Where(c => c.PassThreshold is null))
        {
            notes.Add($"{comparison.Metric} has no pass threshold, so no case counts as newly failing on it; " +
                      "set passThreshold in the policy to track cases.");
        }
    }

    private static string Summarize(CanaryVerdict verdict, List<string> reasons, string candidate, string baseline)
    {
        if (verdict == CanaryVerdict.Promote)
        {
            return $"Promote {candidate}: every metric clears its bar and none is worse than {baseline} beyond " +
                   "its allowance.";
        }

        var more = reasons.Count > 1 ? $" (1 of {reasons.Count} reasons)" : string.Empty;
        return $"Reject {candidate}: {reasons[0]}{more}";
    }
}
