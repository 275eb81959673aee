using LegalReview.Documents;

namespace LegalReview.Tests.Documents;

public sealed class TextNormalizerTests
{
    [Test]
    public void FoldsWidthsCharacterForCharacter()
    {
        const string original = "(一)第１２条：ＡＢ　1,000.5";
        var normalized = TextNormalizer.Normalize(original);
        Assert.That(normalized, Is.EqualTo("（一）第12条：AB 1,000.5"));
        Assert.That(normalized, Has.Length.EqualTo(original.Length));
    }
}
