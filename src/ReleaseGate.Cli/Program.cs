using System.CommandLine;
using ReleaseGate.Cli;

var root = new RootCommand("releasegate: operate a knowledge index, gate releases, and rotate secrets.");
CommandRegistry.AddAll(root);
return await root.Parse(args).InvokeAsync();
