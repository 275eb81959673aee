using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LegalReview.Documents.Reading;

/// <summary>
/// The small part of Open Packaging Conventions the reader needs, over the one <see cref="ZipArchive"/> the zip checks
/// already opened: [Content_Types].xml, the package and part relationships (transitional and Strict types, relative,
/// absolute and percent-encoded targets, external targets counted and never fetched) and the parts they name. Every
/// XML part is read with the same hardened <see cref="XmlReader"/> settings and size limits as the body.
/// </summary>
internal sealed class DocxPackage
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string TransitionalRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private const string ExtendedPropertiesNs = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string ExtendedPropertiesStrictNs = "http://purl.oclc.org/ooxml/officeDocument/extendedProperties";
    private const string RecoveredRel = "http://schemas.microsoft.com/office/2006/relationships/recovered";
    private const string MediaRel = "http://schemas.microsoft.com/office/2007/relationships/media";
    private const string VbaProjectRel = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

    private const string CorePropertiesRel = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>
    /// The content types the package layer required for the parts of the relationship types it knew (last segment of
    /// the transitional or Strict type URI); a part of another type failed the package.
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedContentTypes = new(StringComparer.Ordinal)
    {
        ["officeDocument"] =
        [
            Wml + "document.main+xml", Wml + "template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        ],
        ["extended-properties"] = ["application/vnd.openxmlformats-officedocument.extended-properties+xml"],
        ["extendedProperties"] = ["application/vnd.openxmlformats-officedocument.extended-properties+xml"],
        ["core-properties"] = ["application/vnd.openxmlformats-package.core-properties+xml"],
        ["numbering"] = [Wml + "numbering+xml"],
        ["styles"] = [Wml + "styles+xml"],
        ["footnotes"] = [Wml + "footnotes+xml"],
        ["endnotes"] = [Wml + "endnotes+xml"],
        ["comments"] = [Wml + "comments+xml"],
        ["header"] = [Wml + "header+xml"],
        ["footer"] = [Wml + "footer+xml"],
        ["settings"] = [Wml + "settings+xml"],
        ["fontTable"] = [Wml + "fontTable+xml"],
        ["webSettings"] = [Wml + "webSettings+xml"],
        ["theme"] = ["application/vnd.openxmlformats-officedocument.theme+xml"],
    };

    private readonly Dictionary<string, ZipArchiveEntry> _parts;
    private readonly DocumentReaderOptions _options;
    private readonly string _name;
    private ContentTypes _contentTypes = new();

    private DocxPackage(Dictionary<string, ZipArchiveEntry> parts, DocumentReaderOptions options, string name)
    {
        _parts = parts;
        _options = options;
        _name = name;
    }

    /// <summary>The main document part's name ("/word/document.xml" in most files).</summary>
    public string MainPart { get; private set; } = string.Empty;

    public string? NumberingPart { get; private set; }

    public string? StylesPart { get; private set; }

    public string? FootnotesPart { get; private set; }

    public string? EndnotesPart { get; private set; }

    public string? CommentsPart { get; private set; }

    public string? ExtendedPropertiesPart { get; private set; }

    public bool HasVbaProject { get; private set; }

    /// <summary>A relationship used a Strict (ISO/IEC 29500 Strict) type URI.</summary>
    public bool StrictRelationshipFound { get; private set; }

    /// <summary>External relationships (TargetMode="External") of all parts reachable from the package.</summary>
    public int ExternalRelationships { get; private set; }

    /// <summary>The reader settings shared by every XML part: no DTD, no resolver, the part size as character limit.</summary>
    public static XmlReaderSettings XmlSettings(DocumentReaderOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
        MaxCharactersInDocument = options.MaxPartBytes,
    };

    /// <summary>
    /// Reads the content types and every relationship part reachable from the package root, and finds the main part.
    /// </summary>
    /// <exception cref="DocumentReadException">No main document part, or a part is damaged.</exception>
    public static DocxPackage Open(ZipArchive zip, string name, DocumentReaderOptions options)
    {
        var parts = new Dictionary<string, ZipArchiveEntry>(zip.Entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var e in zip.Entries)
        {
            if (e.FullName.Length == 0 || e.FullName.EndsWith('/'))
            {
                continue; // a folder entry, not a part
            }

            // Two entries of one name: the package layer took the first [Content_Types].xml and refused any other.
            if (!parts.TryAdd("/" + e.FullName, e) && e.FullName != "[Content_Types].xml")
            {
                throw new FileFormatException($"部件名重复：{e.FullName}");
            }
        }

        var package = new DocxPackage(parts, options, name);
        package._contentTypes = package.ReadContentTypes();

        // Package relationships, then the relationships of every part reachable from them, whatever their type: the
        // package layer loaded them all, so a damaged or missing one failed the file even if the reader never used it.
        string? main = null;
        var queue = new Queue<string>();
        var typeOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rel in package.ReadRelationships("/"))
        {
            if (rel.External || package.Follow(rel, typeOf) is not { } isNew)
            {
                continue;
            }

            if (main is null && IsType(rel.Type, "officeDocument", package))
            {
                main = rel.Target;
            }
            else if (package.ExtendedPropertiesPart is null && IsType(rel.Type, "extended-properties", "extendedProperties", package))
            {
                package.ExtendedPropertiesPart = rel.Target;
            }

            if (isNew)
            {
                queue.Enqueue(rel.Target);
            }
        }

        if (main is null)
        {
            // Without a main part the package layer only started reading the relationship parts of the package's
            // targets (a damaged stream or XML declaration failed the file; their content was not checked).
            foreach (var part in queue)
            {
                package.TouchRelationships(part);
            }

            throw new DocumentReadException(name, DocumentReadError.MissingMainDocument);
        }

        var external = 0;
        while (queue.Count > 0)
        {
            var part = queue.Dequeue();
            foreach (var rel in package.ReadRelationships(part))
            {
                if (rel.External)
                {
                    // Hyperlinks were kept apart from the other external relationships, and not counted.
                    external += Kind(rel.Type) == "hyperlink" && IsOfficeType(rel.Type) ? 0 : 1;
                    continue;
                }

                if (package.Follow(rel, typeOf) is not { } isNewPart)
                {
                    continue;
                }

                if (part == main)
                {
                    package.NoteMainRelationship(rel);
                }

                if (isNewPart)
                {
                    queue.Enqueue(rel.Target);
                }
            }
        }

        package.MainPart = main;
        package.ExternalRelationships = external;
        return package;
    }

    /// <summary>Opens a part for reading, limited to the configured part size.</summary>
    public Stream OpenPart(string partName) =>
        new LimitedReadStream(_parts[partName].Open(), _options.MaxPartBytes, _name);

    /// <summary>Opens a part with the hardened XML settings.</summary>
    public XmlReader OpenXml(string partName, out Stream stream)
    {
        stream = OpenPart(partName);
        return XmlReader.Create(stream, XmlSettings(_options));
    }

    /// <summary>The text of &lt;Application&gt; in docProps/app.xml, or null.</summary>
    public string? ReadApplication()
    {
        if (ExtendedPropertiesPart is not { } part)
        {
            return null;
        }

        using var reader = OpenXml(part, out var stream);
        using (stream)
        {
            string? application = null;
            var collecting = false;
            StringBuilder? text = null;
            while (reader.Read())
            {
                CheckDepth(reader);
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when application is null && !collecting && reader.Depth == 1 && reader.LocalName == "Application" && reader.NamespaceURI is ExtendedPropertiesNs or ExtendedPropertiesStrictNs:
                        if (reader.IsEmptyElement)
                        {
                            application = string.Empty;
                        }
                        else
                        {
                            collecting = true;
                            text = new StringBuilder();
                        }

                        break;
                    case XmlNodeType.EndElement when collecting && reader.Depth == 1:
                        collecting = false;
                        application = text!.ToString();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when collecting:
                        text!.Append(reader.Value);
                        break;
                }
            }

            return application;
        }
    }

    /// <summary>Fails with <see cref="DocumentReadError.NestingTooDeep"/> past the configured depth.</summary>
    public void CheckDepth(XmlReader reader)
    {
        if (reader.Depth > _options.MaxXmlDepth)
        {
            throw new DocumentReadException(_name, DocumentReadError.NestingTooDeep, $"深度 {reader.Depth}");
        }
    }

    /// <summary>Resolves a relationship target against the folder of its source part ("/" for the package).</summary>
    internal static string ResolveTarget(string sourcePart, string target)
    {
        var t = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var hash = t.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            t = t[..hash];
        }

        var baseFolder = sourcePart[..(sourcePart.LastIndexOf('/') + 1)];
        var path = t.StartsWith('/') ? t : baseFolder + t;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>The relationship part of a part: /word/document.xml → /word/_rels/document.xml.rels; / → /_rels/.rels.</summary>
    internal static string RelationshipPartOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    private static bool IsType(string type, string name, DocxPackage package) => IsType(type, name, name, package);

    private static bool IsType(string type, string transitionalName, string strictName, DocxPackage package)
    {
        if (type.Length == TransitionalRel.Length + transitionalName.Length && type.StartsWith(TransitionalRel, StringComparison.Ordinal) && type.EndsWith(transitionalName, StringComparison.Ordinal))
        {
            return true;
        }

        if (type.Length == StrictRel.Length + strictName.Length && type.StartsWith(StrictRel, StringComparison.Ordinal) && type.EndsWith(strictName, StringComparison.Ordinal))
        {
            package.StrictRelationshipFound = true;
            return true;
        }

        return false;
    }

    private static string Kind(string relationshipType) => relationshipType[(relationshipType.LastIndexOf('/') + 1)..];

    private static bool IsOfficeType(string relationshipType) =>
        relationshipType.StartsWith(TransitionalRel, StringComparison.Ordinal) || relationshipType.StartsWith(StrictRel, StringComparison.Ordinal);

    /// <summary>
    /// Checks an internal relationship as the package layer did when it loaded it: hyperlinks and "recovered"
    /// relationships load nothing (null); data parts (images, media) must exist but are not followed (null); any other
    /// target must exist, have the content type its relationship type requires, and not be reached by relationships of
    /// two different types (true the first time it is reached, false after).
    /// </summary>
    private bool? Follow(Relationship rel, Dictionary<string, string> typeOf)
    {
        var kind = Kind(rel.Type);
        var office = IsOfficeType(rel.Type);
        if ((office && kind == "hyperlink") || rel.Type == RecoveredRel)
        {
            return null;
        }

        if ((office && kind is "image" or "audio" or "video") || rel.Type == MediaRel)
        {
            RequirePart(rel.Target, string.Empty);
            return null;
        }

        RequirePart(rel.Target, rel.Type);
        if (typeOf.TryGetValue(rel.Target, out var seen))
        {
            if (seen != rel.Type)
            {
                throw new InvalidOperationException($"部件 {rel.Target} 被两种不同类型的关系引用");
            }

            return false;
        }

        typeOf[rel.Target] = rel.Type;
        return true;
    }

    /// <summary>
    /// An internal relationship to a part the zip does not hold, or a known relationship to a part of another content
    /// type, makes the package unreadable, as it did with the package layer.
    /// </summary>
    private void RequirePart(string part, string relationshipType)
    {
        // A zip entry without a content type was not a part for the package layer.
        if (!_parts.ContainsKey(part) || _contentTypes.Get(part) is null)
        {
            throw new InvalidOperationException($"关系指向的部件 {part} 不在包中");
        }

        var slash = relationshipType.LastIndexOf('/');
        var kind = slash >= 0 ? relationshipType[(slash + 1)..] : relationshipType;
        var known = relationshipType.StartsWith(TransitionalRel, StringComparison.Ordinal) || relationshipType.StartsWith(StrictRel, StringComparison.Ordinal) || relationshipType == CorePropertiesRel;
        if (known && ExpectedContentTypes.TryGetValue(kind, out var expected))
        {
            var actual = _contentTypes.Get(part);
            if (actual is null || !expected.Contains(actual, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"部件 {part} 的内容类型 {actual} 与关系类型 {kind} 不符");
            }
        }
    }

    private void NoteMainRelationship(Relationship rel)
    {
        if (rel.Type == VbaProjectRel)
        {
            HasVbaProject = true;
        }
        else if (NumberingPart is null && IsType(rel.Type, "numbering", this))
        {
            NumberingPart = rel.Target;
        }
        else if (StylesPart is null && IsType(rel.Type, "styles", this))
        {
            StylesPart = rel.Target;
        }
        else if (FootnotesPart is null && IsType(rel.Type, "footnotes", this))
        {
            FootnotesPart = rel.Target;
        }
        else if (EndnotesPart is null && IsType(rel.Type, "endnotes", this))
        {
            EndnotesPart = rel.Target;
        }
        else if (CommentsPart is null && IsType(rel.Type, "comments", this))
        {
            CommentsPart = rel.Target;
        }
        else if (rel.Type.StartsWith(StrictRel, StringComparison.Ordinal))
        {
            StrictRelationshipFound = true;
        }
    }

    private void TouchRelationships(string sourcePart)
    {
        var relsPart = RelationshipPartOf(sourcePart);
        if (_parts.ContainsKey(relsPart))
        {
            using var reader = OpenXml(relsPart, out var stream);
            using (stream)
            {
                reader.Read();
            }
        }
    }

    private List<Relationship> ReadRelationships(string sourcePart)
    {
        var relsPart = RelationshipPartOf(sourcePart);
        var result = new List<Relationship>();
        if (!_parts.ContainsKey(relsPart))
        {
            return result;
        }

        if (!string.Equals(_contentTypes.Get(relsPart), RelationshipsContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new FileFormatException($"{relsPart} 的内容类型不是关系部件");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = OpenXml(relsPart, out var stream);
        using (stream)
        {
            while (reader.Read())
            {
                CheckDepth(reader);
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth == 0)
                {
                    if (reader.LocalName != "Relationships" || reader.NamespaceURI != RelationshipsNs)
                    {
                        throw new XmlException($"{relsPart} 的根元素不是 Relationships");
                    }

                    continue;
                }

                if (reader.Depth != 1 || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNs)
                {
                    throw new XmlException($"{relsPart} 含有未知元素 {reader.Name}");
                }

                var id = reader.GetAttribute("Id");
                var type = reader.GetAttribute("Type");
                var target = reader.GetAttribute("Target");
                var mode = reader.GetAttribute("TargetMode");
                if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(type) || target is null || !ids.Add(id))
                {
                    throw new XmlException($"{relsPart} 的关系不完整或编号重复");
                }

                XmlConvert.VerifyNCName(id);

                var external = mode switch
                {
                    null or "Internal" => false,
                    "External" => true,
                    _ => throw new XmlException($"{relsPart} 的 TargetMode 无效：{mode}"),
                };
                if (!Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var uri))
                {
                    throw new UriFormatException($"{relsPart} 的关系目标无效：{target}");
                }

                if (type.StartsWith(StrictRel, StringComparison.Ordinal))
                {
                    StrictRelationshipFound = true;
                }

                if (!external && uri.IsAbsoluteUri)
                {
                    throw new ArgumentException($"{relsPart} 的内部关系目标不是相对地址：{target}");
                }

                if (!external && target.Equals("NULL", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // an internal target "NULL" was skipped by the package layer
                }

                result.Add(external
                    ? new Relationship(type, target, External: true)
                    : new Relationship(type, ResolveTarget(sourcePart, target), External: false));
            }
        }

        return result;
    }

    private ContentTypes ReadContentTypes()
    {
        var types = new ContentTypes();
        using var reader = OpenXml("/[Content_Types].xml", out var stream);
        using (stream)
        {
            while (reader.Read())
            {
                CheckDepth(reader);
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth == 0)
                {
                    if (reader.LocalName != "Types" || reader.NamespaceURI != ContentTypesNs)
                    {
                        throw new XmlException("[Content_Types].xml 的根元素不是 Types");
                    }

                    continue;
                }

                if (reader.Depth != 1 || reader.NamespaceURI != ContentTypesNs)
                {
                    throw new XmlException($"[Content_Types].xml 含有未知元素 {reader.Name}");
                }

                var contentType = reader.GetAttribute("ContentType");
                switch (reader.LocalName)
                {
                    case "Default" when reader.GetAttribute("Extension") is { } ext && contentType is not null:
                        types.Defaults.TryAdd(ext, contentType);
                        break;
                    case "Override" when reader.GetAttribute("PartName") is { } partName && contentType is not null:
                        types.Overrides.TryAdd(Uri.UnescapeDataString(partName), contentType);
                        break;
                    default:
                        throw new XmlException($"[Content_Types].xml 含有无效元素 {reader.Name}");
                }
            }
        }

        return types;
    }

    private sealed record Relationship(string Type, string Target, bool External);

    private sealed class ContentTypes
    {
        public Dictionary<string, string> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string? Get(string part)
        {
            if (Overrides.TryGetValue(part, out var type))
            {
                return type;
            }

            var dot = part.LastIndexOf('.');
            return dot >= 0 && dot > part.LastIndexOf('/') && Defaults.TryGetValue(part[(dot + 1)..], out type) ? type : null;
        }
    }
}
