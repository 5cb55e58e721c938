using FlowBuilder.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A campaign's operators as numbers: Ready ones can be reserved (progressive) or taken by a call (predictive).</summary>
internal sealed class FakeOperatorPool(int count) : IOperatorPool
{
    private readonly int _operators = count;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _reserved = new(StringComparer.Ordinal);
    private int _ready = count;
    private int _next;

    public event Action<string>? OperatorReady;

    public int Reservations { get; private set; }

    public int Releases { get; private set; }

    public int Ready(string campaignId)
    {
        lock (_gate) return _ready;
    }

    public int Busy(string campaignId)
    {
        lock (_gate) return _operators - _ready;
    }

    public string? TryReserve(string campaignId, string attemptId)
    {
        lock (_gate)
        {
            if (_ready == 0) return null;
            _ready--;
            Reservations++;
            var extension = (101 + _next++ % _operators).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _reserved[attemptId] = extension;
            return extension;
        }
    }

    /// <summary>A call takes a Ready operator (predictive); false when none is Ready.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            if (_ready == 0) return false;
            _ready--;
            return true;
        }
    }

    public void Release(string campaignId, string attemptId)
    {
        lock (_gate)
        {
            if (!_reserved.Remove(attemptId)) return;
            _ready++;
            Releases++;
        }
        OperatorReady?.Invoke(campaignId);
    }

    /// <summary>The operator reserved for the attempt talked and is Ready again.</summary>
    public void Finish(string campaignId, string attemptId)
    {
        lock (_gate)
        {
            if (!_reserved.Remove(attemptId)) return;
            _ready++;
        }
        OperatorReady?.Invoke(campaignId);
    }

    /// <summary>An operator finished a call (or wrap-up) and is Ready again.</summary>
    public void MakeReady(string campaignId)
    {
        lock (_gate) _ready = Math.Min(_operators, _ready + 1);
        OperatorReady?.Invoke(campaignId);
    }
}
