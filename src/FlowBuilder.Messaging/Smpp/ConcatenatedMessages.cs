namespace FlowBuilder.Messaging.Smpp;

/// <summary>Collects the parts of concatenated MO messages until all have arrived. Parts of a message that stays
/// incomplete for <see cref="MaxAge"/> are dropped.</summary>
internal sealed class ConcatenatedMessages(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string, int, int), Pending> _messages = [];

    /// <summary>Adds a part; returns the whole body (parts in order) once every part is here, else null.</summary>
    public byte[]? Add(ConcatenatedPart part)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var stale in _messages.Where(m => now - m.Value.Started > MaxAge).Select(m => m.Key).ToList()) _messages.Remove(stale);
            if (!_messages.TryGetValue(part.Key, out var pending)) _messages[part.Key] = pending = new Pending(now, new byte[part.Total][]);
            pending.Parts[part.Sequence - 1] = part.Body;
            if (pending.Parts.Any(p => p is null)) return null;
            return [.. pending.Parts.SelectMany(p => p!)];
        }
    }

    /// <summary>Forgets a message once the sink took it.</summary>
    public void Remove(ConcatenatedPart part)
    {
        lock (_gate) _messages.Remove(part.Key);
    }

    private sealed record Pending(DateTimeOffset Started, byte[]?[] Parts);
}
