using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

/// <summary>Starts every registered transport with the <see cref="SmsService"/> as its sink, then runs the dispatcher
/// (retries, and messages a previous run left queued, sending or retrying). An SMPP bind that becomes ready wakes the
/// dispatcher, so messages held back while the SMSC was away go out when it is back rather than after their backoff.</summary>
internal sealed class SmsHostedService(SmsService service, ILogger<SmsHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (service.Transports.Count == 0) logger.LogWarning("{Error} Send SMS fails until one is configured.", SmsService.NoGatewayError);
        var binds = service.Transports.OfType<SmppTransport>().ToList();
        foreach (var bind in binds) bind.StateChanged += OnStateChanged;
        try
        {
            foreach (var transport in service.Transports) _ = StartAsync(transport, stoppingToken);
            await service.RunDispatcherAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var bind in binds) bind.StateChanged -= OnStateChanged;
        }
    }

    private void OnStateChanged(SmsTransportState state)
    {
        if (state == SmsTransportState.Ready) service.OnTransportReady();
    }

    private async Task StartAsync(ISmsTransport transport, CancellationToken stoppingToken)
    {
        try
        {
            await transport.StartAsync(service, stoppingToken).ConfigureAwait(false);
            logger.LogInformation("SMS transport {Transport} started ({State})", transport.Name, transport.State);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            logger.LogError(error, "SMS transport {Transport} did not start; messages wait as retrying until it does", transport.Name);
        }
    }
}
