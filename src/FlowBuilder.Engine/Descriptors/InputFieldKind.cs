namespace FlowBuilder.Engine.Descriptors;

internal enum InputFieldKind
{
    /// <summary><c>Expression&lt;T&gt;</c>: literal, template or script.</summary>
    Expression,

    /// <summary>A record whose fields are bound one by one (it holds expressions).</summary>
    Record,

    /// <summary>A list of such records (menu options, switch cases, headers).</summary>
    RecordList,

    /// <summary>Anything else: read from JSON as it stands.</summary>
    Plain,
}
