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

    // real N OUT [SOURCE]: writes N drafts made from real documents (default: shared/data/documents/state-council).
    case ["real", var n, var output, .. var rest]:
        var source = rest.Length > 0 ? rest[0] : Path.Combine(FindRoot(), "..", "shared", "data", "documents", "state-council");
        var real = new RealTextCorpus(source);
        var made = real.Write(int.Parse(n, CultureInfo.InvariantCulture), output);
        Console.WriteLine($"{made.Count} drafts written to {output} from {real.DocumentCount} real documents in {source}");
        return 0;

    // long ARTICLES OUT.txt from SOURCE.txt: the articles of one draft source repeated in order (its finding density).
    case ["long", var articles, var file, "from", var from]:
        File.WriteAllText(file, CorpusGenerator.LongTextFrom(int.Parse(articles, CultureInfo.InvariantCulture), File.ReadAllText(from)));
        Console.WriteLine($"{articles} articles from {from} written to {file}");
        return 0;

    // long ARTICLES OUT.txt [SEED]: writes one long UTF-8 .txt draft of that many articles (for scaling measurements).
    case ["long", var articles, var file, .. var rest]:
        var longSeed = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1;
        var generator = new CorpusGenerator(Path.Combine(FindRoot(), "seeds", "drafts", "src"), longSeed);
        File.WriteAllText(file, generator.LongText(int.Parse(articles, CultureInfo.InvariantCulture)));
        Console.WriteLine($"{articles} articles written to {file}");
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
        Console.Error.WriteLine("usage: LegalReview.Corpus build-seeds SRC OUT | build-real SRC OUT | generate N OUT [SEED] | real N OUT [SOURCE] | long ARTICLES OUT.txt [SEED | from SOURCE.txt] | floor DIR [PARALLEL]");
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
