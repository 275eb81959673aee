using System.IO.Compression;
using System.Text;
using LegalReview.Documents.Reading;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Documents;

/// <summary>Each kind of bad input gets the reader's typed error naming the file and the cause, and nothing else.</summary>
public sealed class BadInputTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "lr-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void EmptyFile() => AssertReason("空文件.docx", [], DocumentReadError.EmptyFile);

    [Test]
    public void FileOverTheSizeLimit()
    {
        var path = Path.Combine(_dir, "超大文件.docx");
        using (var fs = File.Create(path))
        {
            fs.SetLength(200L * 1024 * 1024); // sparse: no disk is written
        }

        var ex = Assert.ThrowsAsync<DocumentReadException>(() => new DocumentReader().ReadFileAsync(path));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.FileTooLarge));
        Assert.That(ex.Message, Does.Contain("超大文件.docx").And.Contain("大小上限"));
    }

    [Test]
    public void TextRenamedDocx_IsNotAPackage() => AssertReason("改名.docx", "这不是一个 Word 文档"u8.ToArray(), DocumentReadError.NotAPackage);

    [Test]
    public void LegacyDocRenamedDocx() => AssertReason("旧版.docx", OleFile("WordDocument"), DocumentReadError.LegacyWordDocument);

    [Test]
    public void EncryptedDocx() => AssertReason("加密.docx", OleFile("EncryptedPackage"), DocumentReadError.Encrypted);

    [Test]
    public void TruncatedPackage()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Drafts, "01-measures-with-chapters.docx"));
        AssertReason("截断.docx", bytes[..(bytes.Length / 2)], DocumentReadError.CorruptPackage);
    }

    [Test]
    public void ZipBomb_HighCompressionRatio()
    {
        var bytes = Package(("word/document.xml", new string(' ', 20 * 1024 * 1024)));
        AssertReason("压缩炸弹.docx", bytes, DocumentReadError.DecompressionLimitExceeded);
    }

    [Test]
    public void PartLargerThanConfiguredLimit()
    {
        var bytes = Package(("word/document.xml", Document(string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>第一条 正文。</w:t></w:r></w:p>", 20000)))));
        var ex = Assert.Throws<DocumentReadException>(() => new DocumentReader(new DocumentReaderOptions { MaxPartBytes = 100_000 }).Read(bytes, "大部件.docx"));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.DecompressionLimitExceeded));
    }

    [Test]
    public void XmlWithDtd_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]>" + Document("<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>")[38..];
        AssertReason("DTD.docx", Package(("word/document.xml", xml)), DocumentReadError.DtdProhibited);
    }

    [Test]
    public void DeepNesting_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 200)) + "<w:p><w:r><w:t>文本</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 200));
        AssertReason("深层嵌套.docx", Package(("word/document.xml", Document(deep))), DocumentReadError.NestingTooDeep);
    }

    [Test]
    public void DocumentWithoutBodyText() => AssertReason("空正文.docx", Package(("word/document.xml", Document("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>"))), DocumentReadError.NoBodyText);

    [Test]
    public void BlankTextFile() => AssertReason("空白.txt", "\r\n   \r\n"u8.ToArray(), DocumentReadError.NoBodyText);

    [Test]
    public void ZipWithoutWordDocument()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Write(zip, "data.xml", "<a/>");
        }

        var ex = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(ms.ToArray(), "表格.docx"));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.MissingMainDocument).Or.EqualTo(DocumentReadError.CorruptPackage));
    }

    [Test]
    public void BinaryFile_IsUnsupported() => AssertReason("图片.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], DocumentReadError.UnsupportedFormat);

    [Test]
    public async Task MissingFile_IsAnIoError()
    {
        var ex = Assert.ThrowsAsync<DocumentReadException>(() => new DocumentReader().ReadFileAsync(Path.Combine(_dir, "不存在.docx")));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.IoError));
        await Task.CompletedTask;
    }

    [Test]
    public void DamagedSeeds_OnlyEverGiveTheTypedError()
    {
        // A small deterministic mutation sweep (issue 10 grows it): truncations and bit flips of every seed draft.
        var reader = new DocumentReader();
        var random = new Random(20241127);
        var tried = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.Drafts, "*.docx"))
        {
            var original = File.ReadAllBytes(file);
            for (var i = 0; i < 12; i++)
            {
                var bytes = (byte[])original.Clone();
                if (i % 2 == 0)
                {
                    bytes = bytes[..random.Next(1, bytes.Length)];
                }
                else
                {
                    for (var f = 0; f < 8; f++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }
                }

                tried++;
                try
                {
                    reader.Read(bytes, Path.GetFileName(file));
                }
                catch (DocumentReadException)
                {
                }
            }
        }

        Assert.That(tried, Is.GreaterThanOrEqualTo(140));
    }

    private void AssertReason(string name, byte[] content, DocumentReadError reason)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        var ex = Assert.ThrowsAsync<DocumentReadException>(() => new DocumentReader().ReadFileAsync(path));
        Assert.That(ex!.Reason, Is.EqualTo(reason), ex.Message);
        Assert.That(ex.FileName, Is.EqualTo(name));
        Assert.That(ex.Message, Does.Contain(name).And.Contain(DocumentReadException.Describe(reason)));
    }

    private static byte[] OleFile(string streamName)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }

    private static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";

    private static byte[] Package(params (string Name, string Content)[] parts)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            foreach (var (name, content) in parts)
            {
                Write(zip, name, content);
            }
        }

        return ms.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }
}
