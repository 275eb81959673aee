using Microsoft.Extensions.Logging;

namespace LegalReview.Tests.Support;

/// <summary>
/// A logger that writes every entry, with its exception, to the running test's output, so that what the engine logs
/// shows beside a failing test instead of being discarded.
/// </summary>
/// <typeparam name="T">The category.</typeparam>
internal sealed class TestContextLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        TestContext.Out.WriteLine($"[{logLevel}] {typeof(T).Name}: {formatter(state, exception)}");
        if (exception is not null)
        {
            TestContext.Out.WriteLine(exception.ToString());
        }
    }
}
