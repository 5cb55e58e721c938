using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Object;

namespace FlowBuilder.Engine.Expressions;

/// <summary>Moves values between the flow value model and Jint without exposing any CLR object to scripts.</summary>
internal static class JsConvert
{
    public static JsValue ToJs(Jint.Engine engine, object? value) => value switch
    {
        null => JsValue.Null,
        string s => new JsValue(s),
        double d => new JsValue(d),
        bool b => b ? JsValue.True : JsValue.False,
        Dictionary<string, object?> d => new JsValue(new DictionaryObject(engine, d, readOnly: false)),
        List<object?> l => new JsValue(ToArray(engine, l)),
        _ => ToJs(engine, FlowValues.Normalize(value)),
    };

    private static ObjectInstance ToArray(Jint.Engine engine, List<object?> list)
    {
        var items = new JsValue[list.Count];
        for (var i = 0; i < items.Length; i++) items[i] = ToJs(engine, list[i]);
        var array = engine.Array.Construct(Jint.Runtime.Arguments.Empty);
        engine.Array.PrototypeObject.Push(array, items);
        return array;
    }

    public static object? FromJs(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsBoolean()) return value.AsBoolean();
        if (value.IsNumber()) return value.AsNumber();
        if (value.IsString()) return value.AsString();
        var obj = value.AsObject();
        if (obj is DictionaryObject wrapped) return wrapped.Target;
        if (obj is ArrayInstance array)
        {
            var length = (uint)array.Get("length").AsNumber();
            var list = new List<object?>((int)length);
            for (uint i = 0; i < length; i++) list.Add(FromJs(array.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return list;
        }
        if (value.IsDate()) return value.AsDate().ToDateTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (obj is Jint.Native.Function.FunctionInstance) return null;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in obj.GetOwnProperties())
        {
            if (property.Value.Enumerable != true) continue;
            result[property.Key] = FromJs(obj.Get(property.Key));
        }
        return result;
    }
}
