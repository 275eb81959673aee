namespace LegalReview.Knowledge;

/// <summary>Facts about one version of a national law, administrative regulation or departmental rule.</summary>
/// <param name="Title">The full title ("中华人民共和国行政许可法").</param>
/// <param name="ShortName">The short title without "中华人民共和国".</param>
/// <param name="Level">法律, 行政法规 or 部门规章.</param>
/// <param name="VersionDate">The date of this version.</param>
/// <param name="InForceFrom">The date it came into force, when known.</param>
/// <param name="Repealed">Whether the source marks it as no longer in force.</param>
/// <param name="Articles">Number of articles (0 when unknown).</param>
/// <param name="TextFile">Path of its text in a law library, relative to the library root.</param>
internal sealed record LawRecord(string Title, string ShortName, string Level, DateOnly? VersionDate, DateOnly? InForceFrom, bool Repealed, int Articles, string TextFile);

/// <summary>A repealed or superseded law or document.</summary>
/// <param name="Names">The titles drafts cite it by.</param>
/// <param name="IsDocument">A policy document or standard (LR6003) rather than a law or regulation (LR6001).</param>
/// <param name="Status">废止, 被代替 …</param>
/// <param name="Since">The date the successor took effect.</param>
/// <param name="Successor">What to cite instead.</param>
/// <param name="Verified">Whether the repeal was checked against the law text.</param>
internal sealed record RepealedLaw(IReadOnlyList<string> Names, bool IsDocument, string Status, DateOnly? Since, string Successor, bool Verified);

/// <summary>An article renumbered by a revision of a law still in force.</summary>
/// <param name="Law">The law's short title.</param>
/// <param name="Revised">The revision date.</param>
/// <param name="InForce">When the revision took effect.</param>
/// <param name="OldArticle">The old article number.</param>
/// <param name="NewArticle">The new article number.</param>
/// <param name="Subject">What the article is about.</param>
/// <param name="Keywords">Words near a citation that show the old meaning is meant.</param>
internal sealed record RenumberedArticle(string Law, DateOnly Revised, DateOnly? InForce, int OldArticle, int NewArticle, string Subject, IReadOnlyList<string> Keywords);
