namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    private static readonly TimeSpan ShortestSpeech = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan SpeechPerCharacter = TimeSpan.FromMilliseconds(60);

    private readonly Dictionary<string, TimeSpan> _audioDurations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failingPrompts = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="file"/> plays when prompts are not instant.</summary>
    public void SetAudioDuration(string file, TimeSpan duration)
    {
        lock (_gate) _audioDurations[file] = duration;
    }

    /// <summary>Makes every prompt whose text or file is <paramref name="textOrFile"/> fail with <paramref name="reason"/>
    /// (<see cref="CallOperationStatus.Failed"/>), as a TTS engine or a missing file would.</summary>
    public void FailPrompt(string textOrFile, string reason)
    {
        lock (_gate) _failingPrompts[textOrFile] = reason;
    }

    public async ValueTask<CallOperationResult> PlayAsync(string callId, Prompt prompt, bool stopOnDigit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        TaskCompletionSource<CallOperationResult> done;
        TimeSpan duration;
        SimulatedCall call;
        ITimer timer;
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out call!)) return UnknownCall(callId);
            if (call.State == SimulatedCallState.Ended) return CallOperationResult.HungUp;
            if (call.State == SimulatedCallState.Ringing) return CallOperationResult.Failed($"Call '{callId}' is not answered yet: answer it before playing prompts.");
            if (prompt.Kind != PromptKind.Silence && _failingPrompts.TryGetValue(prompt.Value, out var reason))
            {
                Record(call, SimulatedCallEventKind.PromptFailed, e => e with { Text = reason });
                return CallOperationResult.Failed(reason);
            }
            if (stopOnDigit && call.Digits.Count > 0) return CallOperationResult.Interrupted;
            duration = DurationOf(prompt);
            var instant = _options.InstantPrompts || duration <= TimeSpan.Zero;
            done = new TaskCompletionSource<CallOperationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            // The timer starts before the prompt is recorded, so a test that waits for the entry and then advances a fake clock ends it.
            timer = instant ? NoTimer.Instance : _time.CreateTimer(_ => done.TrySetResult(CallOperationResult.Completed), null, duration, Timeout.InfiniteTimeSpan);
            if (!instant) call.Prompt = new PlayingPrompt(done, stopOnDigit, prompt.Value);
            Record(call, KindOf(prompt), e => e with { Text = prompt.Kind == PromptKind.Silence ? null : prompt.Value, Voice = prompt.Voice, Duration = duration });
            if (instant) return CallOperationResult.Completed;
        }
        using (timer)
        using (cancellationToken.Register(() => done.TrySetCanceled(cancellationToken)))
        {
            try
            {
                return await done.Task.ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    if (call.Prompt?.Done == done) call.Prompt = null;
                }
            }
        }
    }

    private TimeSpan DurationOf(Prompt prompt) => prompt.Kind switch
    {
        PromptKind.Speech => TimeSpan.FromTicks(Math.Max(ShortestSpeech.Ticks, SpeechPerCharacter.Ticks * prompt.Value.Length)),
        PromptKind.Audio => _audioDurations.GetValueOrDefault(prompt.Value, _options.DefaultAudioDuration),
        _ => prompt.Duration,
    };

    private static SimulatedCallEventKind KindOf(Prompt prompt) => prompt.Kind switch
    {
        PromptKind.Speech => SimulatedCallEventKind.Said,
        PromptKind.Audio => SimulatedCallEventKind.Played,
        _ => SimulatedCallEventKind.Silence,
    };

    private sealed class NoTimer : ITimer
    {
        public static NoTimer Instance { get; } = new();
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
