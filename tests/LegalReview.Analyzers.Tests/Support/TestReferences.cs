using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LegalReview.Analyzers.Tests.Support;

/// <summary>
/// What the code under test compiles against: the .NET 10 reference pack and the LegalReview library.
/// </summary>
/// <remarks>
/// LegalReview.Core targets net10.0, so the sample code needs .NET 10 references (with .NET 8 ones the compiler
/// rejects the library, CS1705). <c>ReferenceAssemblies.Net.Net100</c> in Testing 1.1.4 asks NuGet for
/// Microsoft.NETCore.App.Ref 10.0.1, which our registry does not serve; the SDK that builds these tests ships the
/// same reference pack, so it is taken from there, and nothing is downloaded at test time.
/// </remarks>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

    /// <summary>An empty reference set: every reference comes from <see cref="All"/>.</summary>
    internal static ReferenceAssemblies Net10 { get; } = new("net10.0");

    /// <summary>The .NET 10 reference assemblies and LegalReview.Core.</summary>
    internal static ImmutableArray<MetadataReference> All => References.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var file in Directory.EnumerateFiles(FindReferencePack(), "*.dll"))
        {
            builder.Add(MetadataReference.CreateFromFile(file));
        }

        builder.Add(MetadataReference.CreateFromFile(typeof(LegalReview.Review.ReviewRule).Assembly.Location));
        return builder.ToImmutable();
    }

    private static string FindReferencePack()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.Exists(packs)
            ? Directory.EnumerateDirectories(packs, $"{Environment.Version.Major}.*")
                .Select(d => Path.Combine(d, "ref", $"net{Environment.Version.Major}.0"))
                .Where(Directory.Exists)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), out var v) ? v : new Version())
                .FirstOrDefault()
            : null;
        return pack ?? throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref {Environment.Version.Major}.x reference pack under {packs}; the analyzer tests need the .NET SDK's reference pack.");
    }
}
