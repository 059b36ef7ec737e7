using System.Globalization;
using System.Text;

namespace ReleaseGate.Build.Tests.Integration;

/// <summary>Writes score reports in the documented format (docs/formats/score-report.md) for the fixtures.</summary>
public static class ScoreReportFile
{
    /// <summary>One metric, <c>accuracy</c>, with case ids <c>q1</c>, <c>q2</c>, ... in order.</summary>
    public static string Json(string version, IReadOnlyList<double> accuracy, string idPrefix = "q")
    {
        var text = new StringBuilder();
        text.Append("{\"schemaVersion\":1,\"build\":{\"version\":\"").Append(version).Append("\"},");
        text.Append("\"metrics\":[{\"name\":\"accuracy\",\"direction\":\"higher\",\"critical\":false}],\"cases\":[");
        for (var i = 0; i < accuracy.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",");
            text.Append("{\"id\":\"").Append(idPrefix).Append(i + 1).Append("\",\"scores\":{\"accuracy\":");
            text.Append(double.IsNaN(accuracy[i]) ? "NaN" : accuracy[i].ToString("R", CultureInfo.InvariantCulture));
            text.Append("}}");
        }

        return text.Append("]}").ToString();
    }

    /// <summary>
    /// Two metrics: <c>accuracy</c> (higher is better) and <c>errorRate</c> (lower is better), case ids <c>q1</c>...
    /// </summary>
    public static string WithErrorRate(string version, IReadOnlyList<double> accuracy, double errorRate)
    {
        var text = new StringBuilder();
        text.Append("{\"schemaVersion\":1,\"build\":{\"version\":\"").Append(version).Append("\"},\"metrics\":[");
        text.Append("{\"name\":\"accuracy\",\"direction\":\"higher\"},{\"name\":\"errorRate\",\"direction\":\"lower\"}],");
        text.Append("\"cases\":[");
        for (var i = 0; i < accuracy.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"q").Append(i + 1).Append("\",\"scores\":{");
            text.Append("\"accuracy\":").Append(accuracy[i].ToString("R", CultureInfo.InvariantCulture));
            text.Append(",\"errorRate\":").Append(errorRate.ToString("R", CultureInfo.InvariantCulture)).Append("}}");
        }

        return text.Append("]}").ToString();
    }

    /// <summary>Scores of 1 and 0 in a fixed pattern, with the given share of ones.</summary>
    public static double[] Scores(int count, double passRate) =>
        [.. Enumerable.Range(0, count).Select(i => (i * 7919 % count) < passRate * count ? 1.0 : 0.0)];
}
