using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>How an inputs record is built from a node's JSON inputs: found once per type by
/// reflection (the record's primary constructor and init properties), then reused.</summary>
internal sealed class InputModel
{
    private static readonly ConcurrentDictionary<Type, InputModel> Cache = new();

    private InputModel(Type type, ConstructorInfo? constructor, IReadOnlyList<InputField> fields)
    {
        Type = type;
        Constructor = constructor;
        Fields = fields;
    }

    public Type Type { get; }
    public ConstructorInfo? Constructor { get; }
    public IReadOnlyList<InputField> Fields { get; }

    public static InputModel For(Type type) => Cache.GetOrAdd(type, Build);

    public static bool HoldsExpressions(Type type, HashSet<Type>? seen = null)
    {
        if (IsExpression(type)) return true;
        if (ElementType(type) is { } element) return HoldsExpressions(element, seen);
        if (!IsRecordLike(type)) return false;
        seen ??= [];
        if (!seen.Add(type)) return false;
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => HoldsExpressions(p.PropertyType, seen));
    }

    private static InputModel Build(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        var fields = new List<InputField>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null && property.SetMethod is null) continue;
            fields.Add(Describe(property, parameter));
        }
        return new InputModel(type, constructor, fields);
    }

    private static InputField Describe(PropertyInfo property, ParameterInfo? parameter)
    {
        var type = property.PropertyType;
        var kind = IsExpression(type) ? InputFieldKind.Expression
            : ElementType(type) is { } element && IsRecordLike(element) && HoldsExpressions(element) ? InputFieldKind.RecordList
            : IsRecordLike(type) && HoldsExpressions(type) ? InputFieldKind.Record
            : InputFieldKind.Plain;
        var explicitRequired = property.GetCustomAttribute<RequiredAttribute>() is not null || parameter?.GetCustomAttribute<RequiredAttribute>() is not null;
        var hasDefault = parameter is { HasDefaultValue: true } || (parameter is null && property.SetMethod is not null);
        // NullabilityInfoContext is not thread-safe, and models are built on whichever thread asks first.
        var nullability = type.IsValueType ? null : new NullabilityInfoContext().Create(property);
        var nullable = nullability is null
            ? Nullable.GetUnderlyingType(type) is not null
            : nullability.WriteState is NullabilityState.Nullable || nullability.ReadState is NullabilityState.Nullable;
        var required = explicitRequired || (!type.IsValueType && !nullable && !hasDefault && kind is InputFieldKind.Expression or InputFieldKind.Record);
        return new InputField
        {
            Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            Type = type,
            Kind = kind,
            Required = required,
            HasDefault = hasDefault,
            DefaultValue = parameter is { HasDefaultValue: true } ? parameter.DefaultValue : null,
            ConstructorIndex = parameter?.Position ?? -1,
            Property = property,
            ValueType = IsExpression(type) ? type.GetGenericArguments()[0] : null,
            Record = kind switch
            {
                InputFieldKind.Record => For(type),
                InputFieldKind.RecordList => For(ElementType(type)!),
                _ => null,
            },
            Hints = property.GetCustomAttribute<InputAttribute>() ?? parameter?.GetCustomAttribute<InputAttribute>(),
            MaxLength = (property.GetCustomAttribute<MaxLengthAttribute>() ?? parameter?.GetCustomAttribute<MaxLengthAttribute>())?.Length,
            MinLength = (property.GetCustomAttribute<MinLengthAttribute>() ?? parameter?.GetCustomAttribute<MinLengthAttribute>())?.Length,
            Range = property.GetCustomAttribute<RangeAttribute>() ?? parameter?.GetCustomAttribute<RangeAttribute>(),
        };
    }

    public static bool IsExpression(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Expression<>);

    public static Type? ElementType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static bool IsRecordLike(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsArray && !IsExpression(type) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;
}
