namespace FlowBuilder.Messaging.Encoding;

/// <summary>The GSM 03.38 default alphabet and its extension table (reached through the escape septet 0x1B), one
/// septet per octet as SMPP carries it (data_coding 0x00; the SMSC packs).</summary>
internal static class GsmAlphabet
{
    public const byte Escape = 0x1B;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static readonly Dictionary<char, byte> BasicCodes = BuildBasic();

    private static readonly Dictionary<char, byte> ExtensionCodes = new()
    {
        ['\f'] = 0x0A, ['^'] = 0x14, ['{'] = 0x28, ['}'] = 0x29, ['\\'] = 0x2F,
        ['['] = 0x3C, ['~'] = 0x3D, [']'] = 0x3E, ['|'] = 0x40, ['€'] = 0x65,
    };

    private static readonly Dictionary<byte, char> ExtensionChars = ExtensionCodes.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Septets <paramref name="c"/> takes in GSM 7-bit: 1, 2 (extension table) or 0 when it has no GSM form.</summary>
    public static int SeptetsOf(char c) => BasicCodes.ContainsKey(c) && c != '\u001B' ? 1 : ExtensionCodes.ContainsKey(c) ? 2 : 0;

    /// <summary>Whether every character of the text has a GSM 7-bit form.</summary>
    public static bool CanEncode(string text)
    {
        foreach (var c in text)
            if (SeptetsOf(c) == 0) return false;
        return true;
    }

    /// <summary>The septets of the text, one per octet. The text must pass <see cref="CanEncode"/>.</summary>
    public static byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length + 8);
        foreach (var c in text)
        {
            if (c != '\u001B' && BasicCodes.TryGetValue(c, out var code)) output.Add(code);
            else if (ExtensionCodes.TryGetValue(c, out var extended)) { output.Add(Escape); output.Add(extended); }
            else throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no GSM 7-bit form; send the text as UCS-2.", nameof(text));
        }
        return [.. output];
    }

    /// <summary>Decodes unpacked septets. An unknown extension code reads as its basic character (03.38's rule);
    /// octets above 0x7F (not septets) read as '?'.</summary>
    public static string Decode(ReadOnlySpan<byte> septets)
    {
        var chars = new System.Text.StringBuilder(septets.Length);
        for (var i = 0; i < septets.Length; i++)
        {
            var b = septets[i];
            if (b == Escape && i + 1 < septets.Length)
            {
                var next = septets[++i];
                chars.Append(ExtensionChars.TryGetValue(next, out var ext) ? ext : next < 0x80 ? Basic[next] : '?');
            }
            else if (b == Escape) chars.Append(' ');
            else chars.Append(b < 0x80 ? Basic[b] : '?');
        }
        return chars.ToString();
    }

    private static Dictionary<char, byte> BuildBasic()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < Basic.Length; i++) map[Basic[i]] = (byte)i;
        return map;
    }
}
