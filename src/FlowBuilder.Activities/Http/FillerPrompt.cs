using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Http;

/// <summary>
/// Covers a slow HTTP answer on a live call: after the delay the prompt is said, and said again after each further
/// delay (at least 1 s apart), until <see cref="StopAsync"/> stops it mid-word. A caller who hangs up ends the filler,
/// not the request: the request's answer still decides the outcome, and the next call node sees the hang-up.
/// A prompt that cannot be played is logged and not retried.
/// </summary>
internal sealed class FillerPrompt : IDisposable
{
    private static readonly TimeSpan ShortestRepeat = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource? _stop;
    private Task _running = Task.CompletedTask;

    private FillerPrompt()
    {
    }

    private FillerPrompt(CancellationToken flowCancelled)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(flowCancelled);
    }

    /// <summary>No call or no prompt: nothing to play.</summary>
    public static FillerPrompt None { get; } = new();

    /// <summary>True once the prompt started playing.</summary>
    public bool Played { get; private set; }

    /// <summary>True when the caller hung up while the filler played.</summary>
    public bool CallerHungUp { get; private set; }

    public static FillerPrompt Start(ICallControl channel, string callId, Prompt prompt, TimeSpan delay, TimeProvider time, ILogger logger, CancellationToken flowCancelled)
    {
        var filler = new FillerPrompt(flowCancelled);
        filler._running = filler.RunAsync(channel, callId, prompt, delay, time, logger, filler._stop!.Token);
        return filler;
    }

    /// <summary>Stops the prompt (if it is playing) and waits until the channel has let go of it.</summary>
    public async Task StopAsync()
    {
        if (_stop is null) return;
        await _stop.CancelAsync();
        await _running;
    }

    public void Dispose()
    {
        _stop?.Cancel();
        _stop?.Dispose();
    }

    private async Task RunAsync(ICallControl channel, string callId, Prompt prompt, TimeSpan delay, TimeProvider time, ILogger logger, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, time, stop);
            while (true)
            {
                Played = true;
                var result = await channel.PlayAsync(callId, prompt, stopOnDigit: false, stop);
                switch (result.Status)
                {
                    case CallOperationStatus.HungUp:
                        CallerHungUp = true;
                        return;
                    case CallOperationStatus.Failed:
                        logger.LogWarning("Filler prompt on call {CallId} could not be played: {Error}", callId, result.Error);
                        return;
                }
                await Task.Delay(delay < ShortestRepeat ? ShortestRepeat : delay, time, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The answer arrived (or the flow was cancelled): the filler stops here.
        }
    }
}
