using System.Diagnostics;
using System.Globalization;
using LegalReview.Corpus;

switch (args)
{
    // build-seeds SRC OUT: writes every seed draft source (SRC/*.txt) as .docx (or GB18030 .txt) into OUT.
    case ["build-seeds", var src, var output]:
        foreach (var file in Directory.GetFiles(src, "*.txt").Order(StringComparer.Ordinal))
        {
            Console.WriteLine(DraftDocxWriter.WriteFile(DraftSource.Load(file), output));
        }

        return 0;

    // build-real SRC OUT: writes every real document text (SRC/*.txt) as two .docx files, plain runs and split runs.
    case ["build-real", var src, var output]:
        foreach (var file in Directory.GetFiles(src, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            Console.WriteLine(DraftDocxWriter.WriteFile(DraftSource.FromPlainText(name + ".plain", text, false), output));
            Console.WriteLine(DraftDocxWriter.WriteFile(DraftSource.FromPlainText(name + ".split", text, true), output));
        }

        return 0;

    // generate N OUT [SEED]: writes N realistic drafts built from the seed drafts.
    case ["generate", var n, var output, .. var rest]:
        var seed = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1;
        var seeds = Path.Combine(FindRoot(), "seeds", "drafts", "src");
        var written = new CorpusGenerator(seeds, seed).Write(int.Parse(n, CultureInfo.InvariantCulture), output);
        Console.WriteLine($"{written.Count} drafts written to {output}");
        return 0;

    // floor DIR [PARALLEL]: the bare cost of reading every .docx's text with XmlReader.
    case ["floor", var dir, .. var p]:
        var parallel = p.Length > 0 ? int.Parse(p[0], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var watch = Stopwatch.StartNew();
        var (docs, chars) = FloorReader.ReadAll(dir, parallel);
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor: {docs} documents, {chars} characters, {watch.Elapsed.TotalSeconds:F2} s, {docs / watch.Elapsed.TotalSeconds:F1} documents/s"));
        return 0;

    default:
        Console.Error.WriteLine("usage: LegalReview.Corpus build-seeds SRC OUT | build-real SRC OUT | generate N OUT [SEED] | floor DIR [PARALLEL]");
        return 2;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
