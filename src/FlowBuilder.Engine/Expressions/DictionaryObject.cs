using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace FlowBuilder.Engine.Expressions;

/// <summary>A JavaScript object whose properties are the entries of a flow dictionary: reads see
/// the live values, writes (when allowed) go straight back to the dictionary. Nothing of the CLR
/// type is reachable from script.</summary>
internal sealed class DictionaryObject : ObjectInstance
{
    private readonly bool _readOnly;

    public DictionaryObject(Jint.Engine engine, Dictionary<string, object?> target, bool readOnly) : base(engine)
    {
        Target = target;
        _readOnly = readOnly;
        Prototype = engine.Object.PrototypeObject;
        Extensible = !readOnly;
    }

    public Dictionary<string, object?> Target { get; set; }

    public string Name { get; init; } = "object";

    public override JsValue Get(string propertyName) =>
        Target.TryGetValue(propertyName, out var value) ? JsConvert.ToJs(Engine, value) : base.Get(propertyName);

    public override PropertyDescriptor GetOwnProperty(string propertyName) =>
        Target.TryGetValue(propertyName, out var value)
            ? new PropertyDescriptor(JsConvert.ToJs(Engine, value), !_readOnly, true, !_readOnly)
            : PropertyDescriptor.Undefined;

    public override bool HasOwnProperty(string propertyName) => Target.ContainsKey(propertyName);

    public override IEnumerable<KeyValuePair<string, PropertyDescriptor>> GetOwnProperties() =>
        Target.Keys.ToList().Select(key => new KeyValuePair<string, PropertyDescriptor>(key, GetOwnProperty(key)));

    public override void Put(string propertyName, JsValue value, bool throwOnError)
    {
        if (_readOnly) throw new JavaScriptException(Engine.TypeError, $"{Name} is read-only; assign to vars.{propertyName} instead.");
        Target[propertyName] = JsConvert.FromJs(value);
    }

    public override bool DefineOwnProperty(string propertyName, PropertyDescriptor desc, bool throwOnError)
    {
        if (_readOnly) throw new JavaScriptException(Engine.TypeError, $"{Name} is read-only.");
        Target[propertyName] = desc.Value is null ? null : JsConvert.FromJs(desc.Value);
        return true;
    }

    public override bool Delete(string propertyName, bool throwOnError)
    {
        if (_readOnly) throw new JavaScriptException(Engine.TypeError, $"{Name} is read-only.");
        return Target.Remove(propertyName);
    }

    public override void RemoveOwnProperty(string propertyName) => Target.Remove(propertyName);
}
