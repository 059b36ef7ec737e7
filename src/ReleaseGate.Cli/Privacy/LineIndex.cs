namespace ReleaseGate.Cli.Privacy;

/// <summary>Maps offsets in a text to lines and columns, after one pass to find where lines start.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public TextPosition Locate(int offset)
    {
        var line = _starts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line + 1, offset - _starts[line] + 1);
    }
}
