using System.ComponentModel.DataAnnotations;
using System.Reflection;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>One property of an inputs record, as the binder and the schema builder see it.</summary>
internal sealed class InputField
{
    public required string Name { get; init; }
    public required Type Type { get; init; }
    public required InputFieldKind Kind { get; init; }
    public required bool Required { get; init; }
    public bool HasDefault { get; init; }
    public object? DefaultValue { get; init; }
    public int ConstructorIndex { get; init; } = -1;
    public PropertyInfo? Property { get; init; }

    /// <summary>For expressions: the T of <c>Expression&lt;T&gt;</c>.</summary>
    public Type? ValueType { get; init; }

    /// <summary>For records and record lists: the record's model.</summary>
    public InputModel? Record { get; init; }

    public InputAttribute? Hints { get; init; }
    public int? MaxLength { get; init; }
    public int? MinLength { get; init; }
    public RangeAttribute? Range { get; init; }
}
