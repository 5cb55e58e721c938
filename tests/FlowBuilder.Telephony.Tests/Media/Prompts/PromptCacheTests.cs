using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;

namespace FlowBuilder.Telephony.Tests.Media.Prompts;

public sealed class PromptCacheTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private int _renders;

    private static PromptFrames Frames(int count, G711Codec codec = G711Codec.Pcmu) =>
        PromptFrames.FromEncoded(new byte[count * PromptFrames.FrameSize], codec);

    private Func<PromptKey, Task<PromptFrames>> Render(int frames = 1) => key =>
    {
        Interlocked.Increment(ref _renders);
        return Task.FromResult(Frames(frames, key.Codec));
    };

    [Fact]
    public async Task GetOrRender_SecondRequest_IsServedFromTheCache()
    {
        var cache = new PromptCache(10_000);
        var key = new PromptKey("tts:alice:1f2e", G711Codec.Pcmu);

        var first = await cache.GetOrRenderAsync(key, Render());
        var second = await cache.GetOrRenderAsync(key, Render());

        second.ShouldBeSameAs(first);
        _renders.ShouldBe(1);
        cache.SizeInBytes.ShouldBe(160);
    }

    [Fact]
    public async Task GetOrRender_SameSourceOtherCodec_IsAnotherEntry()
    {
        var cache = new PromptCache(10_000);

        var mu = await cache.GetOrRenderAsync(new PromptKey("file:/prompts/hello.wav:638000000000", G711Codec.Pcmu), Render());
        var a = await cache.GetOrRenderAsync(new PromptKey("file:/prompts/hello.wav:638000000000", G711Codec.Pcma), Render());

        mu.Codec.ShouldBe(G711Codec.Pcmu);
        a.Codec.ShouldBe(G711Codec.Pcma);
        cache.Count.ShouldBe(2);
    }

    [Fact]
    public async Task GetOrRender_ManyConcurrentCallers_RenderOnceAndShareTheResult()
    {
        var cache = new PromptCache(10_000);
        var key = new PromptKey("tts:bob:99", G711Codec.Pcma);
        var gate = new TaskCompletionSource<PromptFrames>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetOrRenderAsync(key, _ =>
        {
            Interlocked.Increment(ref _renders);
            started.TrySetResult();
            return gate.Task;
        }).AsTask())).ToArray();
        await started.Task.WaitAsync(Guard);
        gate.SetResult(Frames(2, G711Codec.Pcma));
        var results = await Task.WhenAll(callers).WaitAsync(Guard);

        _renders.ShouldBe(1);
        results.Distinct().Count().ShouldBe(1);
        cache.TryGet(key, out var cached).ShouldBeTrue();
        cached.ShouldBeSameAs(results[0]);
    }

    [Fact]
    public async Task GetOrRender_OverBudget_EvictsTheLeastRecentlyUsed()
    {
        var cache = new PromptCache(3 * PromptFrames.FrameSize);
        PromptKey Key(string name) => new(name, G711Codec.Pcmu);
        await cache.GetOrRenderAsync(Key("a"), Render());
        await cache.GetOrRenderAsync(Key("b"), Render());
        await cache.GetOrRenderAsync(Key("c"), Render());
        cache.TryGet(Key("a"), out _).ShouldBeTrue();

        await cache.GetOrRenderAsync(Key("d"), Render());

        cache.TryGet(Key("b"), out _).ShouldBeFalse();
        cache.TryGet(Key("a"), out _).ShouldBeTrue();
        cache.TryGet(Key("c"), out _).ShouldBeTrue();
        cache.TryGet(Key("d"), out _).ShouldBeTrue();
        cache.SizeInBytes.ShouldBe(3 * PromptFrames.FrameSize);
    }

    [Fact]
    public async Task GetOrRender_BigEntry_EvictsAsManyAsNeeded()
    {
        var cache = new PromptCache(3 * PromptFrames.FrameSize);
        await cache.GetOrRenderAsync(new PromptKey("a", G711Codec.Pcmu), Render());
        await cache.GetOrRenderAsync(new PromptKey("b", G711Codec.Pcmu), Render());

        await cache.GetOrRenderAsync(new PromptKey("big", G711Codec.Pcmu), Render(frames: 3));

        cache.Count.ShouldBe(1);
        cache.SizeInBytes.ShouldBe(3 * PromptFrames.FrameSize);
    }

    [Fact]
    public async Task GetOrRender_EntryLargerThanTheBudget_IsReturnedButNotKept()
    {
        var cache = new PromptCache(PromptFrames.FrameSize);
        var key = new PromptKey("long", G711Codec.Pcmu);

        (await cache.GetOrRenderAsync(key, Render(frames: 2))).FrameCount.ShouldBe(2);

        cache.Count.ShouldBe(0);
        cache.SizeInBytes.ShouldBe(0);
    }

    [Fact]
    public async Task GetOrRender_RenderFails_FailsTheCallerAndIsRetriedNextTime()
    {
        var cache = new PromptCache(10_000);
        var key = new PromptKey("tts:broken", G711Codec.Pcmu);

        await Should.ThrowAsync<InvalidOperationException>(cache.GetOrRenderAsync(key, _ => throw new InvalidOperationException("tts down")).AsTask());
        var frames = await cache.GetOrRenderAsync(key, Render());

        frames.FrameCount.ShouldBe(1);
        _renders.ShouldBe(1);
    }

    [Fact]
    public async Task GetOrRender_RenderInTheWrongCodec_IsAnError()
    {
        var cache = new PromptCache(10_000);

        var error = await Should.ThrowAsync<InvalidOperationException>(
            cache.GetOrRenderAsync(new PromptKey("x", G711Codec.Pcma), _ => Task.FromResult(Frames(1, G711Codec.Pcmu))).AsTask());

        error.Message.ShouldContain("'x'");
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public async Task GetOrRender_OneCallerCancels_OthersStillGetTheRender()
    {
        var cache = new PromptCache(10_000);
        var key = new PromptKey("tts:slow", G711Codec.Pcmu);
        var gate = new TaskCompletionSource<PromptFrames>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();

        var impatient = cache.GetOrRenderAsync(key, _ => gate.Task, cancel.Token).AsTask();
        var patient = cache.GetOrRenderAsync(key, _ => gate.Task).AsTask();
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(impatient);
        gate.SetResult(Frames(1));

        (await patient.WaitAsync(Guard)).FrameCount.ShouldBe(1);
        cache.Count.ShouldBe(1);
    }
}
