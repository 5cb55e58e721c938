using System.Globalization;
using System.Text;

namespace FlowBuilder.Telephony.Tests.Sip;

/// <summary>
/// One torture message file: <c>key: value</c> expectations, a <c>---</c> line, then the message. Message lines
/// are joined with CRLF (or LF with <c>line-ending: lf</c>), each line ends with one, <c>\xHH</c> escapes are
/// decoded with <c>escapes: true</c>, and <c>{{body-length}}</c> becomes the byte length of the body.
/// </summary>
internal sealed record TortureCase(string Name, bool Valid, string? Error, string? Reason, IReadOnlyList<(string Path, string Value)> Checks, byte[] Bytes)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TortureMessages");

    public static TortureCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n");
        var separator = text.IndexOf("\n---\n", StringComparison.Ordinal);
        if (separator < 0) throw new InvalidDataException($"{name}: no '---' line between expectations and message.");
        var meta = text[..separator].Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Split).ToList();
        string? Get(string key) => meta.Where(m => m.Key == key).Select(m => m.Value).FirstOrDefault();

        var lines = text[(separator + 5)..].Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        var ending = Get("line-ending") == "lf" ? "\n" : "\r\n";
        var message = string.Join(ending, lines) + (Get("final-newline") == "false" ? "" : ending);
        var bytes = Get("escapes") == "true" ? Unescape(message) : Encoding.UTF8.GetBytes(message);
        bytes = FillBodyLength(bytes, ending);

        var expect = Get("expect") ?? throw new InvalidDataException($"{name}: missing 'expect'.");
        var checks = meta.Where(m => m.Key == "check").Select(m => Split(m.Value, '=')).Select(c => (c.Key, c.Value)).ToList();
        return new TortureCase(name, expect == "valid", Get("error"), Get("reason"), checks, bytes);
    }

    private static (string Key, string Value) Split(string line) => Split(line, ':');

    private static (string Key, string Value) Split(string line, char separator)
    {
        var index = line.IndexOf(separator);
        if (index < 0) throw new InvalidDataException($"Expectation line '{line}' has no '{separator}'.");
        return (line[..index].Trim(), line[(index + 1)..].Trim());
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return [.. bytes];
    }

    private static byte[] FillBodyLength(byte[] bytes, string ending)
    {
        var placeholder = "{{body-length}}"u8;
        var at = bytes.AsSpan().IndexOf(placeholder);
        if (at < 0) return bytes;
        var blank = Encoding.ASCII.GetBytes(ending + ending);
        var bodyStart = bytes.AsSpan().IndexOf(blank) + blank.Length;
        var length = Encoding.ASCII.GetBytes((bytes.Length - bodyStart).ToString(CultureInfo.InvariantCulture));
        return [.. bytes[..at], .. length, .. bytes[(at + placeholder.Length)..]];
    }

    public override string ToString() => Name;
}
