using System.IO.Compression;
using System.Xml;
using BenchmarkDotNet.Attributes;
using LegalReview.Benchmarks.Baseline;
using LegalReview.Documents.Reading;

namespace LegalReview.Benchmarks;

/// <summary>
/// Reading the seed drafts: the floor (open the zip, read every w:t of document.xml with XmlReader, nothing else)
/// against the full reader (package, numbering, revisions, structure, locations). Ratios are against the floor.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private (string Name, byte[] Bytes)[] _files = [];
    private readonly DocumentReader _reader = new();

    [GlobalSetup]
    public void Setup() => _files = SeedFiles.LoadDocx();

    [Benchmark(Baseline = true, Description = "floor: zip + XmlReader text")]
    public int Floor()
    {
        var chars = 0;
        foreach (var (_, bytes) in _files)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            using var s = zip.GetEntry("word/document.xml")!.Open();
            using var x = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (x.Read())
            {
                if (x.NodeType == XmlNodeType.Element && x.LocalName == "t" && !x.IsEmptyElement)
                {
                    chars += x.ReadElementContentAsString().Length;
                }
            }
        }

        return chars;
    }

    [Benchmark(Description = "DocumentReader.Read")]
    public int Read()
    {
        var articles = 0;
        foreach (var (name, bytes) in _files)
        {
            articles += _reader.Read(bytes, name).Articles.Count;
        }

        return articles;
    }

    /// <summary>The reader as it was before issue 9 (Open XML SDK package layer and DOM), for the before/after ratio.</summary>
    [Benchmark(Description = "baseline: pre-issue-9 reader (SDK package)")]
    public int ReadBaseline()
    {
        var articles = 0;
        foreach (var (name, bytes) in _files)
        {
            using var ms = new MemoryStream(bytes, writable: false);
            articles += BaselineDocxReader.Read(ms, name, DocumentReaderOptions.Default, CancellationToken.None).Articles.Count;
        }

        return articles;
    }
}
