using LegalReview.Documents.Reading;
using SharpFuzz;

// The reader must turn any byte string into a document or a DocumentReadException. Any other exception, a hang or a
// crash of the process is a finding; only DocumentReadException is swallowed.
// The reader is created on the first input, not here: instrumented code that runs before SharpFuzz has attached the
// coverage map writes to memory that is not there yet and the process dies with an access violation.
DocumentReader? reader = null;

void ReadOne(byte[] bytes)
{
    reader ??= new DocumentReader();
    try
    {
        reader.Read(bytes, "fuzz.docx");
    }
    catch (DocumentReadException)
    {
        // The typed refusal of damaged input is the expected outcome.
    }
}

switch (args.FirstOrDefault())
{
    case "--afl":
        // AFL++ forks nothing: one long-lived process reads each input from standard input, SharpFuzz reports coverage.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ReadOne(buffer.ToArray());
        });
        break;
    case "--replay":
        // Reproduces findings without a fuzzer: every file named after the switch is read once, exceptions propagate.
        foreach (var path in args.Skip(1))
        {
            Console.WriteLine(path);
            ReadOne(File.ReadAllBytes(path));
        }

        break;
    default:
        // libfuzzer-dotnet starts the harness and passes inputs through shared memory.
        Fuzzer.LibFuzzer.Run(span => ReadOne(span.ToArray()));
        break;
}
