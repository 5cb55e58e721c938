using System.Data;

namespace FlowBuilder.Data.Instances;

/// <summary>One column of an <see cref="UpsertCommand{T}"/>: its name (also the parameter's), type and value.</summary>
internal readonly record struct UpsertColumn<T>(string Name, DbType Type, Func<T, object?> Value, bool IsKey = false);
