using System.Diagnostics;

namespace LegalReview.Generation.Tests.Support;

/// <summary>Converts documents to PDF with a headless LibreOffice, when one is installed.</summary>
internal static class LibreOffice
{
    private static readonly Lazy<string?> Executable = new(() => Find("soffice"));

    /// <summary>Skips the test when LibreOffice is not installed.</summary>
    public static string RequireSoffice() => Executable.Value ?? IgnoreMissing();

    /// <summary>Converts a file to PDF in its directory with a private user profile; returns the PDF path.</summary>
    public static string ConvertToPdf(string file)
    {
        var soffice = RequireSoffice();
        var dir = Path.GetDirectoryName(file)!;
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var psi = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir, file })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail("LibreOffice did not finish converting " + file);
            }

            var pdf = Path.ChangeExtension(file, ".pdf");
            Assert.That(File.Exists(pdf), Is.True, $"no PDF from LibreOffice (exit {p.ExitCode}): {stdout.Result} {stderr.Result}");
            return pdf;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string IgnoreMissing()
    {
        Assert.Ignore("LibreOffice (soffice) is not installed; the rendering check is skipped.");
        return string.Empty;
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
