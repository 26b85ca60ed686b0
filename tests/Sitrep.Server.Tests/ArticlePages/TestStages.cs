using Sitrep.Documents;

namespace Sitrep.Server.Tests.ArticlePages;

/// <summary>A stage that runs until its token is cancelled and says when it started and how it ended: the test hook that
/// shows the server's analysis stopping, without timing anything.</summary>
internal sealed class UntilCancelledStage : IAnalysisStage
{
    private readonly SemaphoreSlim started = new(0);
    private int calls;

    public string Name => "until-cancelled";

    public int Calls => Volatile.Read(ref calls);

    /// <summary>Completes when a run has seen its token cancelled and given up.</summary>
    public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitStartedAsync() => started.WaitAsync(TimeSpan.FromMinutes(2));

    public void Process(Document document) => throw new InvalidOperationException("The server must analyse under a token.");

    public void Process(Document document, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        started.Release();
        cancellationToken.WaitHandle.WaitOne();
        Stopped.TrySetResult();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>A stage that adds nothing and counts its runs.</summary>
internal sealed class CountingStage : IAnalysisStage
{
    private int calls;

    public string Name => "counting";

    public int Calls => Volatile.Read(ref calls);

    public void Process(Document document) => Interlocked.Increment(ref calls);
}

/// <summary>A stage that fails as a bug on one article's text would.</summary>
internal sealed class ThrowingStage : IAnalysisStage
{
    public string Name => "throwing";

    public void Process(Document document) => throw new InvalidOperationException("a bug met on this text");
}