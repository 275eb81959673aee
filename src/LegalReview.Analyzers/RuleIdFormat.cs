namespace LegalReview.Analyzers;

/// <summary>The shape of a review rule id: "LR" and four ASCII digits.</summary>
internal static class RuleIdFormat
{
    /// <summary>The first number left to rules written outside the library.</summary>
    internal const int FirstCustomNumber = 9000;

    /// <summary>Reads the number of a well-formed id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="number">The four-digit number.</param>
    /// <returns>Whether the id is well formed.</returns>
    internal static bool TryParse(string? id, out int number)
    {
        number = 0;
        if (id is null || id.Length != 6 || id[0] != 'L' || id[1] != 'R')
        {
            return false;
        }

        for (var i = 2; i < 6; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (id[i] - '0');
        }

        return true;
    }
}
