using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Sms;
using FlowBuilder.Testing.Messaging;

namespace FlowBuilder.Server.Tests.SmsEndToEnd;

/// <summary>Every stored change the SMS service reports, in order; tests wait for a change instead of sleeping.</summary>
internal sealed class SmsChanges : IDisposable
{
    private readonly SmsService _service;
    private readonly Lock _gate = new();
    private readonly List<SmsMessage> _seen = [];
    private readonly List<(Func<SmsMessage, bool> Match, TaskCompletionSource<SmsMessage> Found)> _waiters = [];

    public SmsChanges(SmsService service)
    {
        _service = service;
        _service.Changed += OnChanged;
    }

    public IReadOnlyList<SmsMessage> Seen
    {
        get
        {
            lock (_gate) return [.. _seen];
        }
    }

    /// <summary>The first change (already seen or still to come) that matches.</summary>
    public Task<SmsMessage> WaitForAsync(Func<SmsMessage, bool> match)
    {
        var found = new TaskCompletionSource<SmsMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_seen.FirstOrDefault(match) is { } seen) return Task.FromResult(seen);
            _waiters.Add((match, found));
        }
        return found.Task.WaitAsync(SmscSimulator.WaitLimit);
    }

    public Task<SmsMessage> WaitForAsync(string id, SmsStatus status) => WaitForAsync(m => m.Id == id && m.Status == status);

    public void Dispose() => _service.Changed -= OnChanged;

    private void OnChanged(SmsMessage message)
    {
        List<TaskCompletionSource<SmsMessage>> hits = [];
        lock (_gate)
        {
            _seen.Add(message);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Match(message)) continue;
                hits.Add(_waiters[i].Found);
                _waiters.RemoveAt(i);
            }
        }
        foreach (var hit in hits) hit.TrySetResult(message);
    }
}
