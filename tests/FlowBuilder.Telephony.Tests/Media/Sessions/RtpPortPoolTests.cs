using FlowBuilder.Telephony.Media.Sessions;

namespace FlowBuilder.Telephony.Tests.Media.Sessions;

public sealed class RtpPortPoolTests
{
    [Fact]
    public void Hands_out_even_ports_and_reuses_released_ones()
    {
        var pool = new RtpPortPool(30001, 30006);

        pool.TryRent(out var first).ShouldBeTrue();
        pool.TryRent(out var second).ShouldBeTrue();
        pool.TryRent(out var third).ShouldBeTrue();
        new[] { first, second, third }.ShouldBe([30002, 30004, 30006]);
        pool.TryRent(out _).ShouldBeFalse();

        pool.Release(second);
        pool.TryRent(out var again).ShouldBeTrue();
        again.ShouldBe(30004);
    }

    [Fact]
    public void Rejects_releasing_a_port_it_does_not_own()
    {
        var pool = new RtpPortPool(30000, 30010);

        Should.Throw<ArgumentOutOfRangeException>(() => pool.Release(30001));
        Should.Throw<ArgumentOutOfRangeException>(() => pool.Release(40000));
    }
}
