using System.Buffers;
using System.Text;
using System.Text.Json;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// Writes a step's inputs or outputs as short JSON for its journal entry, with one writer and buffer
/// per thread (this runs on every step). An input read more than once in a step (a switch's case
/// conditions) is listed as name, name#2, …; text past the limit is cut with an ellipsis.
/// </summary>
internal static class JournalSummary
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    public static string Write(IReadOnlyList<KeyValuePair<string, object?>> values, int limit)
    {
        var writer = Begin();
        writer.WriteStartObject();
        for (var i = 0; i < values.Count; i++)
        {
            var name = values[i].Key;
            var repeat = 1;
            for (var j = 0; j < i; j++)
                if (values[j].Key == name) repeat++;
            writer.WritePropertyName(repeat == 1 ? name : $"{name}#{repeat}");
            WriteValue(writer, values[i].Value);
        }
        writer.WriteEndObject();
        return End(writer, limit);
    }

    public static string Write(Dictionary<string, object?> values, int limit)
    {
        var writer = Begin();
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
        return End(writer, limit);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case double number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), FlowJson.Options); break;
        }
    }

    private static Utf8JsonWriter Begin()
    {
        _buffer ??= new ArrayBufferWriter<byte>(256);
        _buffer.ResetWrittenCount();
        if (_writer is null) _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = FlowJson.Options.Encoder, SkipValidation = true });
        else _writer.Reset(_buffer);
        return _writer;
    }

    private static string End(Utf8JsonWriter writer, int limit)
    {
        writer.Flush();
        var text = Encoding.UTF8.GetString(_buffer!.WrittenSpan);
        return text.Length <= limit ? text : text[..limit] + "…";
    }
}
