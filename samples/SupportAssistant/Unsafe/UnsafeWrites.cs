using ReleaseGate.Privacy;

namespace SupportAssistant.Unsafe;

/// <summary>
/// What the analyzers exist to catch, kept out of the default build. Build with
/// <c>-p:IncludeUnsafeExamples=true</c> to see RG1001 (a ticket written to the archive without redaction) and
/// RG1002 (a payment provider key in the source).
/// </summary>
internal static class UnsafeWrites
{
    private const string PaymentsApiKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dcTf9aQ2xR";

    public static void ArchiveTicket(TicketArchive archive, string ticketId, string customerMessage)
    {
        archive.Save(ticketId, $"Customer wrote: {customerMessage}");
    }

    public static string PaymentsAuthorizationHeader() => "Bearer " + PaymentsApiKey;
}

/// <summary>An index of past tickets; its text parameter is marked as a write that needs redacted text.</summary>
internal sealed class TicketArchive
{
    private readonly Dictionary<string, string> _tickets = [];

    public void Save(string ticketId, [RequiresRedaction] string text) => _tickets[ticketId] = text;
}
