using FlowBuilder.Messaging.Smpp;

namespace FlowBuilder.Messaging.Tests.Smpp;

public sealed class SmppTokenBucketTests
{
    [Fact]
    public async Task TwoPerSecond_ThirdWaitsHalfASecond()
    {
        var time = new FakeTimeProvider();
        var bucket = new SmppTokenBucket(2, time);

        await bucket.WaitAsync(CancellationToken.None);
        await bucket.WaitAsync(CancellationToken.None);
        var third = bucket.WaitAsync(CancellationToken.None).AsTask();

        third.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(400));
        third.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void ZeroRate_NeverWaits()
    {
        var bucket = new SmppTokenBucket(0, new FakeTimeProvider());
        for (var i = 0; i < 100; i++) bucket.WaitAsync(CancellationToken.None).IsCompletedSuccessfully.ShouldBeTrue();
    }
}
