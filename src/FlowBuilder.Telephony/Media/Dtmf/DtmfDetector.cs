namespace FlowBuilder.Telephony.Media.Dtmf;

/// <summary>
/// Detects in-band DTMF in 16-bit PCM with the Goertzel algorithm over fixed blocks: the strongest row and
/// column tone must each be loud enough, within the twist limits, clear of the other rows/columns, and hold
/// most of the block's energy, for at least the minimum duration. Each press is reported once. Not thread-safe.
/// </summary>
public sealed class DtmfDetector
{
    private readonly DtmfDetectorOptions _options;
    private readonly double[] _coefficients = new double[8];
    private readonly double[] _s1 = new double[8];
    private readonly double[] _s2 = new double[8];
    private readonly double _minimumEnergy;
    private readonly int _blocksToReport;
    private readonly int _blocksToRelease;
    private readonly TimeSpan _blockDuration;
    private double _blockEnergy;
    private int _position;
    private char? _candidate;
    private int _candidateBlocks;
    private char? _reported;
    private int _absentBlocks;

    public DtmfDetector(DtmfDetectorOptions? options = null)
    {
        _options = options ?? new DtmfDetectorOptions();
        double[] frequencies = [.. DtmfKeypad.RowFrequencies, .. DtmfKeypad.ColumnFrequencies];
        for (var i = 0; i < 8; i++) _coefficients[i] = 2 * Math.Cos(2 * Math.PI * frequencies[i] / _options.SampleRate);
        var amplitude = 32768 * Math.Pow(10, _options.MinimumToneLevelDbfs / 20);
        _minimumEnergy = amplitude * amplitude * _options.BlockSize / 2;
        _blockDuration = TimeSpan.FromSeconds((double)_options.BlockSize / _options.SampleRate);
        _blocksToReport = Math.Max(1, (int)Math.Ceiling(_options.MinimumDuration / _blockDuration));
        _blocksToRelease = Math.Max(1, (int)Math.Ceiling(_options.MinimumPause / _blockDuration));
    }

    /// <summary>Feeds samples of any length; returns the presses recognised in them (usually none).</summary>
    public IReadOnlyList<DetectedDigit> Process(ReadOnlySpan<short> samples)
    {
        List<DetectedDigit>? found = null;
        foreach (var sample in samples)
        {
            double x = sample;
            _blockEnergy += x * x;
            for (var i = 0; i < 8; i++)
            {
                var s0 = x + _coefficients[i] * _s1[i] - _s2[i];
                _s2[i] = _s1[i];
                _s1[i] = s0;
            }
            if (++_position < _options.BlockSize) continue;
            if (EndBlock() is { } digit) (found ??= []).Add(digit);
        }
        return found ?? (IReadOnlyList<DetectedDigit>)[];
    }

    public void Reset()
    {
        ClearBlock();
        _candidate = null;
        _candidateBlocks = 0;
        _reported = null;
        _absentBlocks = 0;
    }

    private DetectedDigit? EndBlock()
    {
        var digit = Classify();
        ClearBlock();

        if (digit is null || digit != _reported) _absentBlocks++;
        else _absentBlocks = 0;
        if (_reported is not null && _absentBlocks >= _blocksToRelease) _reported = null;

        if (digit is null)
        {
            _candidate = null;
            _candidateBlocks = 0;
            return null;
        }
        _candidateBlocks = digit == _candidate ? _candidateBlocks + 1 : 1;
        _candidate = digit;
        if (_candidateBlocks < _blocksToReport || _reported == digit) return null;
        _reported = digit;
        _absentBlocks = 0;
        return new DetectedDigit(digit.Value, _blockDuration * _candidateBlocks);
    }

    private char? Classify()
    {
        Span<double> energy = stackalloc double[8];
        for (var i = 0; i < 8; i++)
        {
            var power = _s1[i] * _s1[i] + _s2[i] * _s2[i] - _coefficients[i] * _s1[i] * _s2[i];
            energy[i] = 2 * power / _options.BlockSize;
        }
        var row = Strongest(energy[..4]);
        var column = Strongest(energy[4..]);
        var rowEnergy = energy[row];
        var columnEnergy = energy[4 + column];

        if (rowEnergy < _minimumEnergy || columnEnergy < _minimumEnergy) return null;
        if (columnEnergy < rowEnergy && Decibels(rowEnergy / columnEnergy) > _options.MaxNormalTwistDb) return null;
        if (rowEnergy < columnEnergy && Decibels(columnEnergy / rowEnergy) > _options.MaxReverseTwistDb) return null;
        if (!StandsOut(energy[..4], row) || !StandsOut(energy[4..], column)) return null;
        if (rowEnergy + columnEnergy < _options.MinimumToneShare * _blockEnergy) return null;
        return DtmfKeypad.At(row, column);
    }

    private bool StandsOut(ReadOnlySpan<double> group, int peak)
    {
        for (var i = 0; i < group.Length; i++)
        {
            if (i != peak && Decibels(group[peak] / Math.Max(group[i], double.Epsilon)) < _options.RelativePeakDb) return false;
        }
        return true;
    }

    private static int Strongest(ReadOnlySpan<double> group)
    {
        var best = 0;
        for (var i = 1; i < group.Length; i++)
        {
            if (group[i] > group[best]) best = i;
        }
        return best;
    }

    private static double Decibels(double ratio) => 10 * Math.Log10(ratio);

    private void ClearBlock()
    {
        Array.Clear(_s1);
        Array.Clear(_s2);
        _blockEnergy = 0;
        _position = 0;
    }
}
