using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Expressions;

/// <summary>
/// The value model shared by variables, inputs, outputs and expressions: <c>null</c>, <see cref="bool"/>,
/// <see cref="double"/>, <see cref="string"/>, <c>Dictionary&lt;string, object?&gt;</c> and <c>List&lt;object?&gt;</c>,
/// which is what JSON, JavaScript and Handlebars all understand.
/// </summary>
public static class FlowValues
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => ObjectFromJson(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    public static Dictionary<string, object?> ObjectFromJson(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) result[property.Name] = FromJson(property.Value);
        return result;
    }

    public static object? FromJsonText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>Normalises any CLR value (numbers of every width, JSON nodes, dictionaries, lists) into the value model.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or double => value,
        int i => (double)i,
        long l => (double)l,
        float f => (double)f,
        decimal m => (double)m,
        short s => (double)s,
        byte b => (double)b,
        uint u => (double)u,
        ulong ul => (double)ul,
        JsonElement e => FromJson(e),
        JsonNode n => FromJson(JsonSerializer.SerializeToElement(n)),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.TotalSeconds,
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        Dictionary<string, object?> d => d,
        IDictionary<string, object?> d => d.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary d => d.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => Normalize(d[k]), StringComparer.Ordinal),
        List<object?> l => l,
        IEnumerable e => e.Cast<object?>().Select(Normalize).ToList(),
        _ => FromJson(JsonSerializer.SerializeToElement(value, value.GetType(), FlowJson.Options)),
    };

    public static string ToJson(object? value) => JsonSerializer.Serialize(value, FlowJson.Options);

    public static string ToCompactJson(object? value) => JsonSerializer.Serialize(value, CompactOptions);

    private static readonly JsonSerializerOptions CompactOptions = new(FlowJson.Options) { WriteIndented = false };

    /// <summary>Converts a value of the model to <typeparamref name="T"/>; throws <see cref="ExpressionException"/> when it cannot.</summary>
    public static T ConvertTo<T>(object? value)
    {
        if (value is T typed) return typed;
        return (T)ConvertTo(value, typeof(T))!;
    }

    public static object? ConvertTo(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null) return null;
            return Activator.CreateInstance(type);
        }
        if (target.IsInstanceOfType(value)) return value;
        if (target == typeof(object)) return value;
        if (target == typeof(string)) return ToText(value);
        if (target == typeof(bool)) return IsTruthy(value);
        if (target == typeof(double)) return ToNumber(value);
        if (target == typeof(int)) return checked((int)Math.Round(ToNumber(value)));
        if (target == typeof(long)) return checked((long)Math.Round(ToNumber(value)));
        if (target == typeof(decimal)) return (decimal)ToNumber(value);
        if (target == typeof(TimeSpan)) return TimeSpan.FromSeconds(ToNumber(value));
        if (target.IsEnum && value is string name && Enum.TryParse(target, name, ignoreCase: true, out var parsed)) return parsed;
        try
        {
            var json = JsonSerializer.SerializeToElement(value, FlowJson.Options);
            return json.Deserialize(type, FlowJson.Options);
        }
        catch (JsonException error)
        {
            throw new ExpressionException($"Cannot convert {Describe(value)} to {type.Name}: {error.Message}", error);
        }
    }

    /// <summary>JavaScript-like truthiness: false, 0, NaN, "" and null are false.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0 && !s.Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    public static double ToNumber(object? value) => value switch
    {
        null => 0,
        double d => d,
        bool b => b ? 1 : 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        string s => throw new ExpressionException($"Cannot convert the text \"{Truncate(s)}\" to a number."),
        _ => throw new ExpressionException($"Cannot convert {Describe(value)} to a number."),
    };

    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => ToCompactJson(value),
    };

    public static bool Matches(object? value, Definitions.ValueType type) => type switch
    {
        Definitions.ValueType.Any => true,
        Definitions.ValueType.String => value is string,
        Definitions.ValueType.Number => value is double,
        Definitions.ValueType.Boolean => value is bool,
        Definitions.ValueType.Object => value is Dictionary<string, object?>,
        Definitions.ValueType.Array => value is List<object?>,
        _ => false,
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the text \"{Truncate(s)}\"",
        double d => $"the number {d.ToString(CultureInfo.InvariantCulture)}",
        bool b => b ? "true" : "false",
        Dictionary<string, object?> => "an object",
        List<object?> => "an array",
        _ => value.GetType().Name,
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Deep copy, so a stored value is never shared between instances.</summary>
    public static object? Clone(object? value) => value switch
    {
        Dictionary<string, object?> d => d.ToDictionary(p => p.Key, p => Clone(p.Value), StringComparer.Ordinal),
        List<object?> l => l.Select(Clone).ToList(),
        _ => value,
    };
}
