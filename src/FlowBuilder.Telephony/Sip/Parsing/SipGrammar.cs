using System.Text;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>Character classes and small lexical rules of RFC 3261 §25.1.</summary>
internal static class SipGrammar
{
    private const string Marks = "-_.!~*'()";
    private const string TokenExtras = "-.!%*_+`'~";

    public static bool IsAlphaNum(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsUnreserved(char c) => IsAlphaNum(c) || Marks.Contains(c);

    public static bool IsTokenChar(char c) => IsAlphaNum(c) || TokenExtras.Contains(c);

    public static bool IsToken(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text)
        {
            if (!IsTokenChar(c)) return false;
        }
        return true;
    }

    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    public static bool IsUserChar(char c) => IsUnreserved(c) || "&=+$,;?/".Contains(c);

    public static bool IsPasswordChar(char c) => IsUnreserved(c) || "&=+$,".Contains(c);

    public static bool IsParamChar(char c) => IsUnreserved(c) || "[]/:&+$".Contains(c);

    public static bool IsHeaderChar(char c) => IsUnreserved(c) || "[]/?:+$".Contains(c);

    /// <summary>Percent-encodes every UTF-8 byte whose character <paramref name="allowed"/> rejects.</summary>
    public static string Escape(string text, Func<char, bool> allowed)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (!allowed(c)) { clean = false; break; }
        }
        if (clean) return text;

        var builder = new StringBuilder(text.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && allowed((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < count; i++) builder.Append('%').Append(bytes[i].ToString("X2"));
        }
        return builder.ToString();
    }

    /// <summary>Decodes %HH escapes (UTF-8); null when an escape is malformed.</summary>
    public static string? Unescape(string text)
    {
        if (!text.Contains('%')) return text;
        var bytes = new List<byte>(text.Length);
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%') continue;
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2])) return null;
            bytes.AddRange(Encoding.UTF8.GetBytes(text[runStart..i]));
            bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
            i += 2;
            runStart = i + 1;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(text[runStart..]));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Splits a header value at commas that are outside quoted strings and angle brackets.</summary>
    public static List<string> SplitList(string value)
    {
        var parts = new List<string>();
        var start = 0;
        var inQuotes = false;
        var inAngle = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
            }
            else if (c == '"') inQuotes = true;
            else if (c == '<') inAngle = true;
            else if (c == '>') inAngle = false;
            else if (c == ',' && !inAngle)
            {
                AddTrimmed(parts, value[start..i]);
                start = i + 1;
            }
        }
        AddTrimmed(parts, value[start..]);
        return parts;

        static void AddTrimmed(List<string> parts, string part)
        {
            var trimmed = part.Trim(' ', '\t');
            if (trimmed.Length > 0) parts.Add(trimmed);
        }
    }

    /// <summary>Reads a quoted string starting at <paramref name="index"/> (the opening quote); returns its unescaped content.</summary>
    public static bool TryReadQuoted(string text, ref int index, out string content)
    {
        content = "";
        if (index >= text.Length || text[index] != '"') return false;
        var builder = new StringBuilder();
        for (var i = index + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length) return false;
                builder.Append(text[++i]);
            }
            else if (c == '"')
            {
                index = i + 1;
                content = builder.ToString();
                return true;
            }
            else builder.Append(c);
        }
        return false;
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    public static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' && TryReadQuotedWhole(value, out var content) ? content : value;

    private static bool TryReadQuotedWhole(string value, out string content)
    {
        var index = 0;
        return TryReadQuoted(value, ref index, out content) && index == value.Length;
    }

    public static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && IsWhitespace(text[index])) index++;
        return index;
    }
}
