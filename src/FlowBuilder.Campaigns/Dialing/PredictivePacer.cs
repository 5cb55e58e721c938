namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// Predictive pacing: how many calls to have in flight per Ready operator. It measures, over a sliding window of the last
/// finished attempts, the answer rate (answered or abandoned / placed) and the abandonment rate (abandoned / live-answered,
/// as telemarketing rules measure it), and the abandonment rate since the campaign started on this node (the rules judge the
/// whole campaign). The ratio starts at 1; while both rates stay under half the limit it rises towards 1 / answer rate (never
/// above <see cref="MaxRatio"/>), one step per <see cref="StepEvery"/> finished calls; when either reaches the limit it is cut
/// back to 1 at once, and between the two it holds.
/// </summary>
internal sealed class PredictivePacer
{
    public const double MaxRatio = 3.0;
    public const int Window = 100;
    public const int StepEvery = 5;
    private const double Step = 0.1;

    private readonly Lock _gate = new();
    private readonly Queue<PacingSample> _samples = new();
    private int _sinceChange;
    private long _answered;
    private long _abandoned;

    public double Ratio { get; private set; } = 1.0;

    /// <summary>The campaign's highest abandoned share of live-answered calls (<see cref="Engine.Campaigns.Campaign.AbandonLimit"/>).</summary>
    public double AbandonLimit { get; set; } = 0.03;

    /// <summary>Abandoned / live-answered over the window; 0 with no answered call yet.</summary>
    public double AbandonmentRate
    {
        get
        {
            lock (_gate) return Rate(out _);
        }
    }

    /// <summary>The calls to have in flight for <paramref name="readyOperators"/> Ready operators: ceil(ready × ratio), none when
    /// no operator is ready.</summary>
    public int Target(int readyOperators) => readyOperators <= 0 ? 0 : (int)Math.Ceiling(readyOperators * Ratio - 1e-9);

    /// <summary>Counts a finished attempt: <paramref name="liveAnswered"/> for a person who answered, <paramref name="abandoned"/>
    /// when no operator took them in time.</summary>
    public void Record(bool liveAnswered, bool abandoned)
    {
        lock (_gate)
        {
            _samples.Enqueue(new PacingSample(liveAnswered || abandoned, abandoned));
            while (_samples.Count > Window) _samples.Dequeue();
            if (liveAnswered || abandoned) _answered++;
            if (abandoned) _abandoned++;
            var overall = _answered == 0 ? 0 : (double)_abandoned / _answered;
            var abandonment = Math.Max(Rate(out var answerRate), overall);
            if (abandonment >= AbandonLimit && (abandoned || overall >= AbandonLimit))
            {
                Ratio = 1.0;
                _sinceChange = 0;
                return;
            }
            if (++_sinceChange < StepEvery) return;
            _sinceChange = 0;
            if (abandonment < AbandonLimit * 0.5)
            {
                var ceiling = Math.Min(MaxRatio, answerRate > 0 ? 1.0 / answerRate : MaxRatio);
                Ratio = Math.Max(1.0, Math.Min(ceiling, Ratio + Step));
            }
        }
    }

    private double Rate(out double answerRate)
    {
        int answered = 0, abandoned = 0;
        foreach (var sample in _samples)
        {
            if (sample.Answered) answered++;
            if (sample.Abandoned) abandoned++;
        }
        answerRate = _samples.Count == 0 ? 0 : (double)answered / _samples.Count;
        return answered == 0 ? 0 : (double)abandoned / answered;
    }

    private readonly record struct PacingSample(bool Answered, bool Abandoned);
}
