using System.Diagnostics;

namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>Runs LegalReview.Tracking.CrashHost as a child process and, if asked, kills it with SIGKILL mid-run.</summary>
internal static class CrashHostProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>What one run of the host printed and how it ended.</summary>
    /// <param name="Lines">Every line of standard output, including those written just before the kill.</param>
    /// <param name="Killed">Whether the test killed it.</param>
    /// <param name="ExitCode">The exit code.</param>
    /// <param name="Error">Standard error.</param>
    public sealed record Run(IReadOnlyList<string> Lines, bool Killed, int ExitCode, string Error);

    /// <summary>Starts the host and kills it once it has reported <paramref name="killAfterLines"/> commits.</summary>
    /// <param name="target">The database.</param>
    /// <param name="mode">"transitions" or "import".</param>
    /// <param name="count">Filings or batches.</param>
    /// <param name="killAfterLines">Kill after this many lines; null to let it finish.</param>
    /// <param name="killDelay">A pause between the trigger line and the kill, so kills land at varied points.</param>
    /// <returns>The run.</returns>
    public static async Task<Run> RunAsync(StoreTarget target, string mode, int count, int? killAfterLines, TimeSpan killDelay = default)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "LegalReview.Tracking.CrashHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { host, target.Kind, target.Location, mode, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(Limit);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash host");
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        var lines = new List<string>();
        var killed = false;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (!killed && killAfterLines is { } limit && lines.Count(l => l.StartsWith("committed", StringComparison.Ordinal)) >= limit)
                {
                    if (killDelay > TimeSpan.Zero)
                    {
                        await Task.Delay(killDelay, timeout.Token);
                    }

                    // SIGKILL: no finally blocks, no disposal, no rollback by the process itself.
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Run(lines, killed && !lines.Contains("done"), process.ExitCode, await error);
    }
}
