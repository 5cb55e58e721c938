using FlowBuilder.Data.Webhooks;

namespace FlowBuilder.Server.Webhooks;

/// <summary>Every ten minutes deletes expired idempotency keys and seen signatures, and used callback tokens older than 30 days.</summary>
internal sealed partial class WebhookHousekeeping(
    IWebhookIdempotencyStore idempotency, ISignatureReplayStore signatures, ICallbackTokenLedger callbacks, TimeProvider time, ILogger<WebhookHousekeeping> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan UsedTokenLifetime = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CleanAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogFailed(logger, error);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task CleanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = await idempotency.DeleteExpiredAsync(now, cancellationToken);
        var seen = await signatures.DeleteExpiredAsync(now, cancellationToken);
        var tokens = await callbacks.DeleteUsedBeforeAsync(now - UsedTokenLifetime, cancellationToken);
        if (keys + seen + tokens > 0) LogCleaned(logger, keys, seen, tokens);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook housekeeping deleted {Keys} idempotency keys, {Signatures} seen signatures and {Tokens} used callback tokens")]
    private static partial void LogCleaned(ILogger logger, int keys, int signatures, int tokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook housekeeping failed; it tries again in ten minutes")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
