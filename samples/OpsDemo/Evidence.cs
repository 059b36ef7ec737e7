namespace OpsDemo;

/// <summary>Prints what each step shows and stops the demo at the first check that does not hold.</summary>
internal sealed class Evidence(TextWriter output)
{
    public int Passed { get; private set; }

    public void Step(string title) => output.WriteLine($"{Environment.NewLine}== {title}");

    public void Show(string line) => output.WriteLine($"   {line}");

    public void Check(bool holds, string claim)
    {
        if (!holds)
        {
            output.WriteLine($"   FAIL {claim}");
            throw new DemoCheckFailedException(claim);
        }

        Passed++;
        output.WriteLine($"   ok   {claim}");
    }
}
