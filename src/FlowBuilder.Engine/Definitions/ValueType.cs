namespace FlowBuilder.Engine.Definitions;

/// <summary>The JSON type of a flow variable or input.</summary>
public enum ValueType
{
    Any,
    String,
    Number,
    Boolean,
    Object,
    Array,
}
