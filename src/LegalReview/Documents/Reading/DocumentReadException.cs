namespace LegalReview.Documents.Reading;

/// <summary>
/// The one exception a reader throws for input it cannot read: it names the file and the cause, in Chinese for the
/// user, with a stable <see cref="Reason"/> for programs.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or source name).</param>
    /// <param name="reason">Why it could not be read.</param>
    /// <param name="detail">A further explanation, in Chinese, or null.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public DocumentReadException(string fileName, DocumentReadError reason, string? detail = null, Exception? inner = null)
        : base(Compose(fileName, reason, detail), inner)
    {
        FileName = fileName;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The file that could not be read.</summary>
    public string FileName { get; }

    /// <summary>Why it could not be read.</summary>
    public DocumentReadError Reason { get; }

    /// <summary>Further detail, if any.</summary>
    public string? Detail { get; }

    /// <summary>The Chinese description of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The description.</returns>
    public static string Describe(DocumentReadError reason) => reason switch
    {
        DocumentReadError.EmptyFile => "文件为空（0 字节）",
        DocumentReadError.FileTooLarge => "文件超过允许的大小上限",
        DocumentReadError.UnsupportedFormat => "文件格式不受支持（既不是 .docx 文档，也不是文本文件）",
        DocumentReadError.LegacyWordDocument => "这是旧版 Word 二进制文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再提交",
        DocumentReadError.Encrypted => "文件已加密（设置了打开密码），请去除密码后再提交",
        DocumentReadError.NotAPackage => "文件扩展名为 .docx，但内容不是 .docx（zip）格式，文件可能已损坏或被改名",
        DocumentReadError.CorruptPackage => "文档已损坏或不完整，无法解析",
        DocumentReadError.MissingMainDocument => "压缩包中没有 Word 正文部件，不是有效的 Word 文档",
        DocumentReadError.DecompressionLimitExceeded => "文档解压后的大小或压缩比超过安全上限（疑似压缩炸弹）",
        DocumentReadError.TooManyParts => "文档包含的部件数量超过安全上限",
        DocumentReadError.DtdProhibited => "文档的 XML 含有 DTD 声明，出于安全考虑拒绝解析",
        DocumentReadError.NestingTooDeep => "文档的 XML 嵌套层级超过安全上限",
        DocumentReadError.TooManyElements => "文档的段落或表格单元格数量超过安全上限",
        DocumentReadError.NoBodyText => "文档没有正文内容",
        DocumentReadError.IoError => "读取文件时发生输入输出错误",
        DocumentReadError.NeedsOcr => "PDF 文件没有文字层（可能是扫描件），需要先进行文字识别（OCR）",
        _ => reason.ToString(),
    };

    private static string Compose(string fileName, DocumentReadError reason, string? detail) =>
        detail is null ? $"无法读取文件“{fileName}”：{Describe(reason)}。" : $"无法读取文件“{fileName}”：{Describe(reason)}（{detail}）。";
}
