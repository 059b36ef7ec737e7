using System.CommandLine;
using System.Globalization;
using ReleaseGate.Evaluation;
using ReleaseGate.Postgres;
using ReleaseGate.Postgres.Releases;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Channel;

namespace ReleaseGate.Cli.Releases;

/// <summary><c>releasegate release</c>: show and change a release channel kept in a state file.</summary>
internal static class ReleaseCommand
{
    public static Command Create()
    {
        var command = new Command("release", "Show and change a release channel: live version, last-good, history.");
        var channel = new Option<string>("--channel")
        {
            Description = "The channel's name in a PostgreSQL --state database (default: default).",
            DefaultValueFactory = _ => "default",
            Recursive = true,
        };
        command.Options.Add(channel);
        command.Subcommands.Add(Status(channel));
        command.Subcommands.Add(Promote(channel));
        command.Subcommands.Add(Canary(channel));
        command.Subcommands.Add(Rollback(channel));
        command.Subcommands.Add(Recover());
        return command;
    }

    private static Option<string> StateOption() => new("--state")
    {
        Description = "The channel's state file (created on first use), or a PostgreSQL connection string " +
            "(postgres://... or Host=...) to share the channel's state in that database.",
        Required = true,
    };

    private static Command Status(Option<string> channelName)
    {
        var state = StateOption();
        var command = new Command("status", "Print the live and last-good versions and the recent history.") { state };
        command.SetAction(parse => Run(parse, state, channelName, channel =>
        {
            Print(parse.InvocationConfiguration.Output, channel.Status());
            return ExitCodes.Promote;
        }));
        return command;
    }

    private static Command Promote(Option<string> channelName)
    {
        var state = StateOption();
        var report = new Option<FileInfo>("--report")
        {
            Description = "The score report of the version to make live; it becomes the canary baseline.",
            Required = true,
        };
        var command = new Command("promote", "Make a version live; the previous live version becomes last-good.")
        {
            state, report,
        };
        command.SetAction(parse => Run(parse, state, channelName, channel =>
        {
            Print(parse.InvocationConfiguration.Output, channel.Promote(parse.GetValue(report)!.FullName), 1);
            return ExitCodes.Promote;
        }));
        return command;
    }

    private static Command Canary(Option<string> channelName)
    {
        var state = StateOption();
        var candidate = new Option<FileInfo>("--candidate") { Description = "The candidate score report.", Required = true };
        var policy = new Option<FileInfo>("--policy") { Description = "A canary policy file." };
        var accepted = new Option<FileInfo>("--accepted-regressions") { Description = "A reviewed accepted-regressions file." };
        var command = new Command("canary", "Compare a candidate with the live version; promote it if it passes " +
                                            "(exit 0), keep the live version if not (exit 1).")
        {
            state, candidate, policy, accepted,
        };
        var output = new DecisionOutput();
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var policyFile = parse.GetValue(policy);
            var acceptedFile = parse.GetValue(accepted);
            return Run(parse, state, channelName, channel => output.Emit(
                parse,
                channel.Canary(
                    parse.GetValue(candidate)!.FullName,
                    acceptedFile is null ? null : AcceptedRegressionsFile.Read(acceptedFile.FullName))),
                () => policyFile is null ? null : CanaryPolicyReader.Read(policyFile.FullName));
        });
        return command;
    }

    private static Command Rollback(Option<string> channelName)
    {
        var state = StateOption();
        var command = new Command("rollback", "Make the last-good version live again.") { state };
        command.SetAction(parse => Run(parse, state, channelName, channel =>
        {
            Print(parse.InvocationConfiguration.Output, channel.Rollback(), 1);
            return ExitCodes.Promote;
        }));
        return command;
    }

    private static Command Recover()
    {
        var state = StateOption();
        var command = new Command("recover", "Rebuild a corrupt state file from its history journal.") { state };
        command.SetAction(parse =>
        {
            var store = new FileReleaseStateStore(Path.GetFullPath(parse.GetValue(state)!));
            try
            {
                Print(parse.InvocationConfiguration.Output, store.RecoverFromJournal());
                return ExitCodes.Promote;
            }
            catch (InvalidOperationException ex)
            {
                return DecisionOutput.Fail(parse, ReleaseGateErrorCodes.ReleaseStateCorrupt, ex.Message);
            }
        });
        return command;
    }

    private static int Run(
        ParseResult parse,
        Option<string> state,
        Option<string> channelName,
        Func<ReleaseChannel, int> action,
        Func<CanaryPolicy?>? policy = null)
    {
        try
        {
            var value = parse.GetValue(state)!;
            if (PostgresConnectionString.Recognizes(value))
            {
                using var shared = new PostgresReleaseStateStore(value, parse.GetValue(channelName)!);
                return action(new ReleaseChannel(shared, policy?.Invoke()));
            }

            return action(new ReleaseChannel(new FileReleaseStateStore(Path.GetFullPath(value)), policy?.Invoke()));
        }
        catch (ReleaseGateException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (EvaluationException ex)
        {
            return DecisionOutput.Fail(parse, ReleaseGateErrorCodes.EvaluationInputInvalid, ex.Message);
        }
        catch (ReleaseStateCorruptException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (TimeoutException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
    }

    private static void Print(TextWriter output, ReleaseState state, int historyLines = 10)
    {
        output.WriteLine($"live: {Describe(state.Live)}");
        output.WriteLine($"last-good: {Describe(state.LastGood)}");
        foreach (var entry in state.History.TakeLast(historyLines))
        {
            var time = entry.Time.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            output.WriteLine($"#{entry.Sequence} {time} {entry.Action} {entry.Subject.Version}: {string.Join(" ", entry.Reasons)}");
        }
    }

    private static string Describe(ReleaseVersion? version) =>
        version is null ? "none" : $"{version.Version} (report sha256 {version.ReportSha256[..12]})";
}
