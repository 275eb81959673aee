using LegalReview.Documents;
using LegalReview.Generation.Docx;

namespace LegalReview.Generation.Filing;

/// <summary>
/// Writes the notices of filing review as .docx laid out to GB/T 9704-2012: the request for supplementary
/// explanation (备案审查补充说明通知书) and the correction suggestion (规范性文件备案审查建议书).
/// </summary>
public static class FilingNoticeWriter
{
    /// <summary>The title printed on a notice of the given kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The title.</returns>
    internal static string TitleOf(FilingNoticeKind kind) => kind switch
    {
        FilingNoticeKind.SupplementaryExplanation => "备案审查补充说明通知书",
        FilingNoticeKind.Correction => "规范性文件备案审查建议书",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Writes a notice.</summary>
    /// <param name="kind">Which notice.</param>
    /// <param name="input">The filed document, the issuer, the points and the deadline.</param>
    /// <param name="stream">The destination (left open).</param>
    public static void Write(FilingNoticeKind kind, FilingNoticeInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Build(kind, input).ToArray());
    }

    /// <summary>Writes a notice to a file.</summary>
    /// <param name="kind">Which notice.</param>
    /// <param name="input">The filed document, the issuer, the points and the deadline.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static Task WriteFileAsync(FilingNoticeKind kind, FilingNoticeInput input, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.WriteAllBytesAsync(path, Build(kind, input).ToArray(), cancellationToken);
    }

    private static OfficialDocumentBuilder Build(FilingNoticeKind kind, FilingNoticeInput input)
    {
        if (input.Items.Count == 0)
        {
            throw new ArgumentException("通知书至少应列明一项需要说明或者纠正的内容。", nameof(input));
        }

        var title = TitleOf(kind);
        var b = new OfficialDocumentBuilder { Title = title, Author = input.Reviewer };
        b.IssuerMark(input.Reviewer);
        b.NumberAndSeparator(input.NoticeNumber);
        b.DocumentTitle(title);
        b.Recipient(input.Issuer);

        var doc = $"《{LegalText.BareTitle(input.DocumentTitle)}》" + (string.IsNullOrWhiteSpace(input.DocumentNumber) ? string.Empty : $"（{input.DocumentNumber.Trim()}）");
        var received = input.ReceivedOn is { } r ? DocumentDate.FormatStandard(r) + "，" : string.Empty;
        var replyBy = DocumentDate.FormatStandard(input.ReplyBy);
        if (kind == FilingNoticeKind.SupplementaryExplanation)
        {
            b.Body($"{received}你单位报送备案的{doc}收悉。经初步审查，该文件下列内容需要你单位作出说明：");
        }
        else
        {
            b.Body($"{received}你单位报送备案的{doc}收悉。经审查，该文件存在下列问题：");
        }

        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            var text = LegalText.Sentence(item.Problem);
            if (!string.IsNullOrWhiteSpace(item.LegalBasis))
            {
                text += $"依据：{LegalText.Sentence(item.LegalBasis)}";
            }

            if (!string.IsNullOrWhiteSpace(item.Request))
            {
                text += LegalText.Sentence(item.Request.Trim().StartsWith('请') ? item.Request : "请" + item.Request.Trim());
            }

            b.LeadBody($"{LegalText.ParenOrdinal(i + 1)}{item.Location}。", text);
        }

        if (kind == FilingNoticeKind.SupplementaryExplanation)
        {
            b.Body($"请你单位于{replyBy}前，将书面说明（加盖单位公章）及制定依据、起草说明等相关材料报送我单位。逾期未说明或者说明理由不充分的，我单位将依照规范性文件备案审查有关规定提出审查意见。");
            b.Body("特此通知。");
        }
        else
        {
            b.Body($"根据规范性文件备案审查有关规定，建议你单位对上述问题自行纠正，依法修改或者废止相关规定；对明显违法的规定，应当立即停止执行。请于{replyBy}前将纠正情况书面报送我单位。逾期不纠正的，我单位将依法提请有权机关予以处理。");
        }

        b.Signature(input.Reviewer, input.Date);
        if (!string.IsNullOrWhiteSpace(input.Contact))
        {
            b.Note(input.Contact.Trim());
        }

        return b;
    }
}
