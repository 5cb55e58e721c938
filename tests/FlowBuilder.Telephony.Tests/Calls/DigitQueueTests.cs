using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class DigitQueueTests
{
    [Fact]
    public async Task Read_DigitsQueuedBeforehand_ReturnedOldestFirst()
    {
        var queue = new DigitQueue(32);
        queue.Add('1');
        queue.Add('2');

        (await queue.ReadAsync(TimeSpan.FromSeconds(1), new FakeTimeProvider(), CancellationToken.None)).Digit.ShouldBe('1');
        (await queue.ReadAsync(TimeSpan.FromSeconds(1), new FakeTimeProvider(), CancellationToken.None)).Digit.ShouldBe('2');
    }

    [Fact]
    public void Add_BeyondCapacity_DropsLaterDigits()
    {
        var queue = new DigitQueue(32);
        for (var i = 0; i < 32; i++) queue.Add('5').ShouldBeTrue();

        queue.Add('6').ShouldBeFalse();
        queue.Count.ShouldBe(32);
    }

    [Fact]
    public async Task Read_NothingPressedBeforeTimeout_TimesOutOnTheClock()
    {
        var time = new FakeTimeProvider();
        var queue = new DigitQueue(32);
        var reading = queue.ReadAsync(TimeSpan.FromSeconds(5), time, CancellationToken.None).AsTask();

        time.Advance(TimeSpan.FromSeconds(4));
        reading.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));

        (await reading.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(DigitReadResult.Timeout);
    }

    [Fact]
    public async Task Read_WhileWaitingTheQueueCloses_HungUp()
    {
        var queue = new DigitQueue(32);
        var reading = queue.ReadAsync(TimeSpan.FromSeconds(5), new FakeTimeProvider(), CancellationToken.None).AsTask();

        queue.Close();

        (await reading.WaitAsync(TimeSpan.FromSeconds(5))).Status.ShouldBe(CallOperationStatus.HungUp);
    }
}
