using ReleaseGate.Cli;

return await CommandRegistry.CreateRoot().Parse(args).InvokeAsync();
