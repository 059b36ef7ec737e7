// Validations per second of one secret under contention: 1, 2, 4 and 8 validating threads, each run once with
// no writer and once while another thread rotates the secret every millisecond. Prints one table; compare the
// ratios within one run, since absolute numbers depend on what else the machine is doing.
//
// Usage: dotnet run -c Release --project bench/SecretValidation -- [--seconds 2] [--threads 1,2,4,8]
using System.Diagnostics;
using System.Globalization;
using ReleaseGate.Secrets;

var seconds = ReadOption(args, "--seconds", "2");
var threadCounts = ReadOption(args, "--threads", "1,2,4,8").Split(',').Select(int.Parse).ToArray();
var duration = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));

Console.WriteLine($"SecretStore.Validate, {duration.TotalSeconds:0.#} s per run, {Environment.ProcessorCount} cores");
Console.WriteLine(
    "threads | quiet validations/s | while rotating validations/s | rotations | rotating/quiet | vs 1 thread");
double? single = null;
foreach (var threads in threadCounts)
{
    var quiet = Measure(threads, duration, rotate: false);
    var busy = Measure(threads, duration, rotate: true);
    single ??= busy.PerSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{threads,7} | {quiet.PerSecond,19:N0} | {busy.PerSecond,28:N0} | {busy.Rotations,9:N0} | "
        + $"{busy.PerSecond / quiet.PerSecond,14:0.00} | {busy.PerSecond / single.Value,11:0.00}"));
}

static (double PerSecond, long Rotations) Measure(int threads, TimeSpan duration, bool rotate)
{
    var store = new SecretStore(new SecretStoreOptions());
    store.Rotate("api", TimeSpan.FromMinutes(10));
    var previous = store.GetCurrent("api").Reveal();
    store.Rotate("api", TimeSpan.FromMinutes(10));
    var presented = new[] { store.GetCurrent("api").Reveal(), previous, "a-wrong-value-of-similar-length-0000000000" };

    var stop = false;
    var counts = new long[threads];
    var rotations = 0L;
    var workers = Enumerable.Range(0, threads).Select(index => new Thread(() =>
    {
        var count = 0L;
        while (!Volatile.Read(ref stop))
        {
            store.Validate("api", presented[count % presented.Length]);
            count++;
        }

        counts[index] = count;
    })).ToList();
    var writer = new Thread(() =>
    {
        while (rotate && !Volatile.Read(ref stop))
        {
            store.Rotate("api", TimeSpan.FromMinutes(10));
            rotations++;
            Thread.Sleep(1);
        }
    });

    var clock = Stopwatch.StartNew();
    workers.ForEach(worker => worker.Start());
    writer.Start();
    Thread.Sleep(duration);
    Volatile.Write(ref stop, true);
    workers.ForEach(worker => worker.Join());
    writer.Join();
    return (counts.Sum() / clock.Elapsed.TotalSeconds, rotations);
}

static string ReadOption(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
