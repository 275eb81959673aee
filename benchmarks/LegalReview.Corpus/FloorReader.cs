using System.IO.Compression;
using System.Xml;

namespace LegalReview.Corpus;

/// <summary>
/// The floor for batch measurements: the bare cost of opening each .docx and reading all its text with XmlReader, and
/// nothing else. The review's cost is reported as a ratio against this, measured in the same run.
/// </summary>
public static class FloorReader
{
    /// <summary>Reads every w:t of every .docx in a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="parallelism">Degree of parallelism.</param>
    /// <returns>Documents read and characters seen.</returns>
    public static (int Documents, long Characters) ReadAll(string folder, int parallelism)
    {
        var files = Directory.GetFiles(folder, "*.docx");
        long chars = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            using var zip = ZipFile.OpenRead(file);
            using var s = zip.GetEntry("word/document.xml")!.Open();
            using var x = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            long local = 0;
            while (x.Read())
            {
                if (x.NodeType == XmlNodeType.Text)
                {
                    local += x.Value.Length;
                }
            }

            Interlocked.Add(ref chars, local);
        });
        return (files.Length, chars);
    }
}
