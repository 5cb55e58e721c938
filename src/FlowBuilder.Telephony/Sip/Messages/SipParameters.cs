using System.Collections;
using System.Text;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// An immutable, ordered list of parameters with case-insensitive names. Values are kept as written
/// (a quoted value keeps its quotes); equality ignores order and case, as RFC 3261 compares parameters.
/// </summary>
public sealed class SipParameters : IReadOnlyList<SipParameter>, IEquatable<SipParameters>
{
    private readonly SipParameter[] _items;

    public static SipParameters Empty { get; } = new([]);

    private SipParameters(SipParameter[] items) => _items = items;

    public SipParameters(IEnumerable<SipParameter> items) : this(items.ToArray())
    {
    }

    public int Count => _items.Length;

    public SipParameter this[int index] => _items[index];

    /// <summary>The value of <paramref name="name"/>, or null when absent or a flag.</summary>
    public string? this[string name] => Get(name);

    public bool Contains(string name) => IndexOf(name) >= 0;

    public string? Get(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _items[index].Value;
    }

    /// <summary>Returns a copy with <paramref name="name"/> set (replaced in place when present, else appended).</summary>
    public SipParameters With(string name, string? value)
    {
        var index = IndexOf(name);
        var copy = index < 0 ? new SipParameter[_items.Length + 1] : (SipParameter[])_items.Clone();
        if (index < 0)
        {
            _items.CopyTo(copy, 0);
            index = _items.Length;
        }
        copy[index] = new SipParameter(name, value);
        return new SipParameters(copy);
    }

    public SipParameters Without(string name) =>
        IndexOf(name) < 0 ? this : new SipParameters(_items.Where(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray());

    /// <summary>Parses <c>;a=1;b;c="x y"</c> (leading semicolon optional); null when a name is not a token.</summary>
    public static SipParameters? Parse(string text)
    {
        var items = new List<SipParameter>();
        foreach (var raw in SplitOutsideQuotes(text, ';'))
        {
            var part = raw.Trim(' ', '\t');
            if (part.Length == 0) continue;
            var equals = part.IndexOf('=');
            var name = (equals < 0 ? part : part[..equals]).Trim(' ', '\t');
            if (!Parsing.SipGrammar.IsToken(name)) return null;
            var value = equals < 0 ? null : part[(equals + 1)..].Trim(' ', '\t');
            items.Add(new SipParameter(name, value));
        }
        return items.Count == 0 ? Empty : new SipParameters(items.ToArray());
    }

    internal static IEnumerable<string> SplitOutsideQuotes(string text, char separator)
    {
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
            }
            else if (c == '"') inQuotes = true;
            else if (c == separator)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }
        yield return text[start..];
    }

    public void AppendTo(StringBuilder builder)
    {
        foreach (var (name, value) in _items)
        {
            builder.Append(';').Append(name);
            if (value is not null) builder.Append('=').Append(value);
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder);
        return builder.ToString();
    }

    public bool Equals(SipParameters? other)
    {
        if (other is null || other.Count != Count) return false;
        foreach (var (name, value) in _items)
        {
            var index = other.IndexOf(name);
            if (index < 0 || !string.Equals(value, other._items[index].Value, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is SipParameters other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var item in _items) hash ^= StringComparer.OrdinalIgnoreCase.GetHashCode(item.Name);
        return hash;
    }

    public IEnumerator<SipParameter> GetEnumerator() => ((IEnumerable<SipParameter>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (_items[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
