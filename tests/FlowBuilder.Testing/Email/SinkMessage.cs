using System.Net.Mime;
using System.Text.RegularExpressions;

namespace FlowBuilder.Testing.Email;

/// <summary>One message as smtp-sink dumped it: its envelope (X-Mail-Args, X-Rcpt-Args) and the message, headers decoded.</summary>
public sealed record SinkMessage(string MailFrom, IReadOnlyList<string> RcptTo, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"no {name} header in {string.Join(", ", Headers.Keys)}");

    public static SinkMessage Parse(string dump)
    {
        var text = dump.ReplaceLineEndings("\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var rawBody = split < 0 ? "" : text[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rcpt = new List<string>();
        var from = "";
        // Unfold continuation lines, then decode RFC 2047 words.
        foreach (var line in Regex.Split(head, @"\n(?![ \t])"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon];
            var value = DecodeWords(Regex.Replace(line[(colon + 1)..], @"\n[ \t]+", " ").Trim());
            if (name.Equals("X-Rcpt-Args", StringComparison.OrdinalIgnoreCase)) rcpt.Add(value.Trim('<', '>'));
            else if (name.Equals("X-Mail-Args", StringComparison.OrdinalIgnoreCase)) from = value.Split(' ')[0].Trim('<', '>');
            headers[name] = value;
        }

        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        var body = encoding switch
        {
            "quoted-printable" => QuotedPrintable(rawBody),
            "base64" => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(rawBody.Where(c => !char.IsWhiteSpace(c))))),
            _ => rawBody,
        };
        return new SinkMessage(from, rcpt, headers, body.TrimEnd('\n'));
    }

    private static string DecodeWords(string value) =>
        Regex.Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), @"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", match =>
        {
            var charset = System.Text.Encoding.GetEncoding(match.Groups[1].Value);
            var bytes = match.Groups[2].Value is "B" or "b"
                ? Convert.FromBase64String(match.Groups[3].Value)
                : QuotedPrintableBytes(match.Groups[3].Value.Replace('_', ' '));
            return charset.GetString(bytes);
        });

    private static string QuotedPrintable(string text) => System.Text.Encoding.UTF8.GetString(QuotedPrintableBytes(text.Replace("=\n", "")));

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
        }

        return [.. bytes];
    }

    public ContentType ContentType => new(Header("Content-Type"));
}
