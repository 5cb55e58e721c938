using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Data.Contacts;

/// <summary>A contact's custom fields as JSON text: numbers as JSON numbers, booleans as booleans, dates and text as strings
/// (dates <c>yyyy-MM-dd</c>, turned back into <see cref="DateOnly"/> by the group's field types when read).</summary>
internal sealed class ContactFieldsJson
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public ContactFieldsJson()
    {
        _writer = new Utf8JsonWriter(_buffer);
    }

    /// <summary>Writes the fields; reuses its buffer, so one instance serves one thread (a batch writer).</summary>
    public string Write(IReadOnlyDictionary<string, object?> fields) => fields.Count == 0 ? "{}" : Encoding.UTF8.GetString(WriteUtf8(fields));

    /// <summary>The fields as UTF-8 JSON, in this instance's buffer: valid until the next call.</summary>
    public ReadOnlySpan<byte> WriteUtf8(IReadOnlyDictionary<string, object?> fields)
    {
        if (fields.Count == 0) return "{}"u8;
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            _writer.WritePropertyName(name);
            switch (value)
            {
                case null: _writer.WriteNullValue(); break;
                case decimal number: _writer.WriteNumberValue(number); break;
                case bool flag: _writer.WriteBooleanValue(flag); break;
                case DateOnly date: _writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case IConvertible convertible when value is not string: _writer.WriteNumberValue(convertible.ToDecimal(CultureInfo.InvariantCulture)); break;
                default: _writer.WriteStringValue(value.ToString()); break;
            }
        }
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    public static IReadOnlyDictionary<string, object?> Read(string json, IReadOnlyList<ContactField> fields)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (json is "{}" or "") return values;
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var type = fields.FirstOrDefault(f => f.Name == property.Name)?.Type ?? ContactFieldType.Text;
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Number => property.Value.GetDecimal(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when type == ContactFieldType.Date
                    && DateOnly.TryParseExact(property.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
                JsonValueKind.String => property.Value.GetString(),
                _ => null,
            };
        }
        return values;
    }

    /// <summary>Free-form values (information databases): numbers as decimal, everything else as text.</summary>
    public static IReadOnlyDictionary<string, object?> ReadLoose(string json) => Read(json, []);
}
