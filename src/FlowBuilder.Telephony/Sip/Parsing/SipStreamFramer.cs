using System.Globalization;
using System.Text;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>
/// Splits a byte stream (TCP) into messages by Content-Length (RFC 3261 §18.3), skipping CRLF keep-alives
/// between messages. When framing is lost (no or bad Content-Length, oversized message) the framer is
/// <see cref="IsBroken"/> and the connection must be closed. Not thread-safe: one reader per connection.
/// </summary>
public sealed class SipStreamFramer(SipMessageParser? parser = null)
{
    private readonly SipMessageParser _parser = parser ?? new SipMessageParser();
    private byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;
    private int _crlfRun;

    public bool IsBroken { get; private set; }

    public int BufferedBytes => _end - _start;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (IsBroken || data.IsEmpty) return;
        if (_end + data.Length > _buffer.Length)
        {
            var needed = BufferedBytes + data.Length;
            var target = needed > _buffer.Length ? new byte[Math.Max(needed, _buffer.Length * 2)] : _buffer;
            Buffer.BlockCopy(_buffer, _start, target, 0, BufferedBytes);
            _buffer = target;
            _end = BufferedBytes;
            _start = 0;
        }
        data.CopyTo(_buffer.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Reads the next frame; false when more bytes are needed or the framer is broken.</summary>
    public bool TryRead(out SipFrame frame)
    {
        frame = default;
        if (IsBroken) return false;
        if (SkipKeepAlives())
        {
            frame = new SipFrame(SipFrameKind.KeepAlive, null);
            return true;
        }
        var data = _buffer.AsSpan(_start, BufferedBytes);
        if (data.IsEmpty) return false;
        var limit = _parser.Options.MaxMessageSize;

        var bodyStart = FindBodyStart(data);
        if (bodyStart < 0)
        {
            if (data.Length <= limit) return false;
            return Break(out frame, SipParseError.TooLarge, $"Header section exceeds the {limit}-byte limit");
        }
        var length = ReadContentLength(data[..bodyStart]);
        if (length is null)
        {
            var result = _parser.Parse(data[..bodyStart], stream: true);
            IsBroken = true;
            frame = new SipFrame(SipFrameKind.Invalid, result.IsSuccess
                ? SipParseResult.Fail(SipParseError.BadContentLength, "Content-Length is missing or malformed")
                : result);
            return true;
        }
        var total = bodyStart + length.Value;
        if (total > limit) return Break(out frame, SipParseError.TooLarge, $"Message of {total} bytes exceeds the {limit}-byte limit");
        if (data.Length < total) return false;

        var parsed = _parser.Parse(data[..total], stream: true);
        _start += total;
        if (_start == _end) _start = _end = 0;
        frame = new SipFrame(parsed.IsSuccess ? SipFrameKind.Message : SipFrameKind.Invalid, parsed);
        return true;
    }

    private bool SkipKeepAlives()
    {
        while (_start < _end && _buffer[_start] is (byte)'\r' or (byte)'\n')
        {
            if (_buffer[_start] == '\n') _crlfRun++;
            _start++;
            if (_crlfRun == 2)
            {
                _crlfRun = 0;
                return true;
            }
        }
        if (_start < _end) _crlfRun = 0;
        return false;
    }

    private bool Break(out SipFrame frame, SipParseError error, string reason)
    {
        IsBroken = true;
        frame = new SipFrame(SipFrameKind.Invalid, SipParseResult.Fail(error, reason));
        return true;
    }

    private static int FindBodyStart(ReadOnlySpan<byte> data)
    {
        for (var i = data.IndexOf((byte)'\n'); i >= 0 && i < data.Length - 1; )
        {
            if (data[i + 1] == '\n') return i + 2;
            if (data[i + 1] == '\r' && i + 2 < data.Length && data[i + 2] == '\n') return i + 3;
            var next = data[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return -1;
    }

    /// <summary>The single Content-Length value (long or compact name, folding allowed), or null when absent, repeated or malformed.</summary>
    private static int? ReadContentLength(ReadOnlySpan<byte> header)
    {
        int? found = null;
        var lines = Encoding.Latin1.GetString(header).Replace("\r\n", "\n").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon <= 0) continue;
            var name = lines[i][..colon].TrimEnd(' ', '\t');
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !name.Equals("l", StringComparison.OrdinalIgnoreCase)) continue;
            var value = lines[i][(colon + 1)..];
            while (i + 1 < lines.Length && lines[i + 1].Length > 0 && lines[i + 1][0] is ' ' or '\t') value += lines[++i];
            value = value.Trim(' ', '\t');
            if (found is not null || value.Length is 0 or > 9 || !value.All(char.IsAsciiDigit)) return null;
            found = int.Parse(value, CultureInfo.InvariantCulture);
        }
        return found;
    }
}
