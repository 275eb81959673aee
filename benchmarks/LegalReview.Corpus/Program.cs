using LegalReview.Corpus;

// build-seeds SRC OUT: writes every seed draft source (SRC/*.txt) as .docx (or GB18030 .txt) into OUT.
if (args.Length == 3 && args[0] == "build-seeds")
{
    foreach (var file in Directory.GetFiles(args[1], "*.txt").Order(StringComparer.Ordinal))
    {
        Console.WriteLine(DraftDocxWriter.WriteFile(DraftSource.Load(file), args[2]));
    }

    return 0;
}

Console.Error.WriteLine("usage: LegalReview.Corpus build-seeds SRC_DIR OUT_DIR");
return 2;
