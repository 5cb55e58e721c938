using FlowBuilder.Messaging.Tests.Infrastructure;

namespace FlowBuilder.Messaging.Tests.Smpp;

/// <summary>Mobile-originated messages from the real SMSC simulator (<c>--mo FROM:TO:TEXT</c>).</summary>
public sealed class SmppInboundSimulatorTests
{
    [Fact]
    public async Task MoDeliverSm_ReachesSinkAndIsAcknowledged()
    {
        await using var smsc = await SmscSimulator.StartAsync(mo: "447700900123:12345:STOP please");
        var sink = new RecordingSink();
        await using var transport = TransportStates.Create(smsc.Port);

        await transport.StartAsync(sink, CancellationToken.None);

        var inbound = await sink.NextInboundAsync();
        inbound.From.ShouldBe("447700900123");
        inbound.To.ShouldBe("12345");
        inbound.Text.ShouldBe("STOP please");
        (await smsc.WaitForLineAsync(l => l.StartsWith("smsc: deliver_sm_resp", StringComparison.Ordinal))).ShouldEndWith("status=0");
        transport.Counters.Inbound.ShouldBe(1);
    }

    [Fact]
    public async Task MoDeliverSm_SinkThrows_AnsweredWithTemporaryError()
    {
        await using var smsc = await SmscSimulator.StartAsync(mo: "447700900123:12345:hello");
        var sink = new RecordingSink { FailNext = 1 };
        await using var transport = TransportStates.Create(smsc.Port);

        await transport.StartAsync(sink, CancellationToken.None);

        // 100 = 0x64 ESME_RX_T_APPN: the SMSC is to deliver it again.
        (await smsc.WaitForLineAsync(l => l.StartsWith("smsc: deliver_sm_resp", StringComparison.Ordinal))).ShouldEndWith("status=100");
        transport.Counters.Inbound.ShouldBe(0);
    }
}
