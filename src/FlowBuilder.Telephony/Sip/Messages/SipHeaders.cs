using System.Collections;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// The header lines of a message in order. Names are matched case-insensitively and compact forms
/// (<c>v</c>, <c>i</c>, …) are stored under their long names. Values of list headers (Via, Contact,
/// Route, …) are split at top-level commas by <see cref="GetValues"/>.
/// </summary>
public sealed class SipHeaders : IReadOnlyList<SipHeader>
{
    private readonly List<SipHeader> _items = [];

    public int Count => _items.Count;

    public SipHeader this[int index] => _items[index];

    /// <summary>The first value of <paramref name="name"/>, or null when absent.</summary>
    public string? this[string name] => GetFirst(name);

    public void Add(string name, string value) => _items.Add(Create(name, value));

    /// <summary>Inserts before the first header of the same name, or at the top when there is none (a new top Via).</summary>
    public void AddFirst(string name, string value)
    {
        var index = IndexOf(name);
        _items.Insert(index < 0 ? 0 : index, Create(name, value));
    }

    /// <summary>Replaces every line of <paramref name="name"/> with one line, kept at the first line's position.</summary>
    public void Set(string name, string value)
    {
        var header = Create(name, value);
        var index = IndexOf(name);
        if (index < 0)
        {
            _items.Add(header);
            return;
        }
        _items[index] = header;
        for (var i = _items.Count - 1; i > index; i--)
        {
            if (Matches(_items[i], name)) _items.RemoveAt(i);
        }
    }

    /// <summary>Removes every line of <paramref name="name"/>; returns how many were removed.</summary>
    public int Remove(string name) => _items.RemoveAll(h => Matches(h, name));

    /// <summary>Removes only the first value (e.g. the top Route), splitting a comma-separated line when needed.</summary>
    public bool RemoveFirstValue(string name)
    {
        var index = IndexOf(name);
        if (index < 0) return false;
        var header = _items[index];
        var values = SipHeaderNames.IsList(name) ? SipGrammar.SplitList(header.Value) : [header.Value];
        if (values.Count <= 1) _items.RemoveAt(index);
        else _items[index] = header with { Value = string.Join(", ", values.Skip(1)) };
        return true;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>How many lines carry <paramref name="name"/> (not how many comma-separated values).</summary>
    public int LineCount(string name) => _items.Count(h => Matches(h, name));

    public string? GetFirst(string name)
    {
        var index = IndexOf(name);
        if (index < 0) return null;
        var value = _items[index].Value;
        if (!SipHeaderNames.IsList(name)) return value;
        var values = SipGrammar.SplitList(value);
        return values.Count > 0 ? values[0] : "";
    }

    /// <summary>Every value of <paramref name="name"/> in order, comma-separated list lines split apart.</summary>
    public IReadOnlyList<string> GetValues(string name)
    {
        var split = SipHeaderNames.IsList(name);
        var values = new List<string>();
        foreach (var header in _items)
        {
            if (!Matches(header, name)) continue;
            if (split) values.AddRange(SipGrammar.SplitList(header.Value));
            else values.Add(header.Value);
        }
        return values;
    }

    public void Clear() => _items.Clear();

    public IEnumerator<SipHeader> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (Matches(_items[i], name)) return i;
        }
        return -1;
    }

    private static SipHeader Create(string name, string value)
    {
        if (!SipGrammar.IsToken(name)) throw new ArgumentException($"Header name '{name}' is not a token.", nameof(name));
        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0) throw new ArgumentException($"The value of {name} contains CR, LF or NUL.", nameof(value));
        return new SipHeader(SipHeaderNames.Canonical(name), value);
    }

    private static bool Matches(SipHeader header, string name) =>
        header.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
        || header.Name.Equals(SipHeaderNames.Canonical(name), StringComparison.OrdinalIgnoreCase);
}
