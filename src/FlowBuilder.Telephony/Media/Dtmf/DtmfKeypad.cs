namespace FlowBuilder.Telephony.Media.Dtmf;

/// <summary>
/// The 16 DTMF keys: their RFC 4733 event codes (0–9, * = 10, # = 11, A–D = 12–15) and their ITU-T Q.23
/// frequency pairs (rows 697/770/852/941 Hz, columns 1209/1336/1477/1633 Hz).
/// </summary>
public static class DtmfKeypad
{
    public const string Digits = "0123456789*#ABCD";

    public static readonly double[] RowFrequencies = [697, 770, 852, 941];

    public static readonly double[] ColumnFrequencies = [1209, 1336, 1477, 1633];

    private static readonly string[] Layout = ["123A", "456B", "789C", "*0#D"];

    public static bool IsDigit(char digit) => Digits.Contains(char.ToUpperInvariant(digit));

    public static bool TryGetEvent(char digit, out byte eventCode)
    {
        var index = Digits.IndexOf(char.ToUpperInvariant(digit));
        eventCode = (byte)Math.Max(index, 0);
        return index >= 0;
    }

    public static bool TryGetDigit(int eventCode, out char digit)
    {
        digit = eventCode is >= 0 and < 16 ? Digits[eventCode] : '\0';
        return eventCode is >= 0 and < 16;
    }

    public static (double Row, double Column) GetFrequencies(char digit)
    {
        digit = char.ToUpperInvariant(digit);
        for (var row = 0; row < 4; row++)
        {
            var column = Layout[row].IndexOf(digit);
            if (column >= 0) return (RowFrequencies[row], ColumnFrequencies[column]);
        }
        throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit (0-9, *, #, A-D).");
    }

    internal static char At(int row, int column) => Layout[row][column];
}
