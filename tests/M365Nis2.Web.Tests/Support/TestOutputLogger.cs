using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Support;

/// <summary>Sends the app's log lines at or above a level to the test's output, so a failing long test says what the app saw.</summary>
public sealed class TestOutputLogger(ITestOutputHelper output, LogLevel minimum) : ILoggerProvider
{
    public static Action<IServiceCollection> Into(ITestOutputHelper output, LogLevel minimum = LogLevel.Warning) =>
        services => services.AddLogging(b => b.AddProvider(new TestOutputLogger(output, minimum)));

    private LogLevel Minimum { get; } = minimum;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // the test has finished; a host still shutting down has nobody to tell
        }
    }

    private sealed class Logger(TestOutputLogger owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }
}
