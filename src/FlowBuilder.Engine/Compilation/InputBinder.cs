using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Compilation;

/// <summary>Builds a node's inputs record from its JSON inputs, compiling every expression once and
/// reporting each problem with its JSON path and node id instead of stopping at the first.</summary>
internal sealed class InputBinder(ExpressionCompiler compiler, string nodeId, List<ValidationProblem> problems)
{
    public object? Bind(InputModel model, IReadOnlyDictionary<string, JsonElement> values, string path)
    {
        foreach (var name in values.Keys)
        {
            if (model.Fields.All(f => f.Name != name))
                problems.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.UnknownInput, $"{path}.{name}", nodeId,
                    $"Input '{name}' is not an input of this activity and is ignored. Known inputs: {string.Join(", ", model.Fields.Select(f => f.Name))}."));
        }
        var arguments = model.Constructor is null ? [] : new object?[model.Constructor.GetParameters().Length];
        var setters = new List<(InputField Field, object? Value)>();
        var failed = false;
        foreach (var field in model.Fields)
        {
            var present = values.TryGetValue(field.Name, out var element) && element.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            object? value;
            if (!present)
            {
                if (field.Required)
                {
                    problems.Add(new ValidationProblem(ProblemSeverity.Error, ProblemCodes.MissingInput, $"{path}.{field.Name}", nodeId,
                        $"Required input '{field.Name}' is missing. Give it a value, a {{{{ }}}} template or a js: expression."));
                    failed = true;
                }
                value = field.HasDefault && field.ConstructorIndex >= 0 ? field.DefaultValue : DefaultOf(field.Type);
                if (field.ConstructorIndex < 0) continue;
            }
            else
            {
                value = BindField(field, element, $"{path}.{field.Name}", ref failed);
            }
            if (field.ConstructorIndex >= 0) arguments[field.ConstructorIndex] = value;
            else setters.Add((field, value));
        }
        if (failed) return null;
        var instance = model.Constructor is null ? Activator.CreateInstance(model.Type)! : model.Constructor.Invoke(arguments);
        foreach (var (field, value) in setters) field.Property!.SetValue(instance, value);
        return instance;
    }

    private object? BindField(InputField field, JsonElement element, string path, ref bool failed)
    {
        switch (field.Kind)
        {
            case InputFieldKind.Expression:
                return BindExpression(field, element, path, ref failed);
            case InputFieldKind.Record:
                if (element.ValueKind != JsonValueKind.Object) return Invalid(path, $"Input '{field.Name}' must be an object.", ref failed);
                return Bind(field.Record!, ToDictionary(element), path) ?? Failed(ref failed);
            case InputFieldKind.RecordList:
                if (element.ValueKind != JsonValueKind.Array) return Invalid(path, $"Input '{field.Name}' must be a list.", ref failed);
                var items = new List<object?>();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind != JsonValueKind.Object) { Invalid(itemPath, $"Each row of '{field.Name}' must be an object.", ref failed); continue; }
                    items.Add(Bind(field.Record!, ToDictionary(item), itemPath) ?? Failed(ref failed));
                }
                return MakeList(field.Type, field.Record!.Type, items);
            default:
                try
                {
                    return element.Deserialize(field.Type, FlowJson.Options);
                }
                catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
                {
                    return Invalid(path, $"Input '{field.Name}' has the wrong shape: {error.Message.Split(" Path:")[0]}", ref failed);
                }
        }
    }

    private object? BindExpression(InputField field, JsonElement element, string path, ref bool failed)
    {
        // A field whose natural syntax is JavaScript (a script editor) takes plain text as script.
        var compiled = field.Hints?.DefaultSyntax == "javascript" && element.ValueKind == JsonValueKind.String && ExpressionSyntax.KindOf(element.GetString()!) == ExpressionKind.Literal
            ? compiler.Compile(ExpressionSyntax.ScriptPrefix + element.GetString(), out var syntaxError)
            : compiler.Compile(element, out syntaxError);
        if (syntaxError is not null)
        {
            problems.Add(new ValidationProblem(ProblemSeverity.Error, ProblemCodes.ExpressionSyntax, path, nodeId, syntaxError.Message)
            {
                Line = syntaxError.Line,
                Column = syntaxError.Column,
            });
            failed = true;
            return null;
        }
        var expressionType = typeof(Expression<>).MakeGenericType(field.ValueType!);
        var expression = Activator.CreateInstance(expressionType, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, [field.Name, compiled], null)!;
        if (compiled is LiteralExpression literal && literal.Value is not null && !CanConvert(literal.Value, field.ValueType!))
            return Invalid(path, $"Input '{field.Name}' expects {Describe(field.ValueType!)}, not {FlowValues.Describe(literal.Value)}.", ref failed);
        return expression;
    }

    private static bool CanConvert(object value, Type type)
    {
        try
        {
            FlowValues.ConvertTo(value, type);
            return true;
        }
        catch (Exception error) when (error is ExpressionException or OverflowException or FormatException or InvalidCastException or JsonException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Describe(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(double) || target == typeof(int) || target == typeof(long) || target == typeof(decimal) || target == typeof(TimeSpan)) return "a number";
        if (target == typeof(bool)) return "true or false";
        if (target == typeof(string)) return "text";
        if (target.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(target).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)));
        return target.Name;
    }

    private object? Invalid(string path, string message, ref bool failed)
    {
        problems.Add(new ValidationProblem(ProblemSeverity.Error, ProblemCodes.InvalidInput, path, nodeId, message));
        failed = true;
        return null;
    }

    private static object? Failed(ref bool failed)
    {
        failed = true;
        return null;
    }

    private static Dictionary<string, JsonElement> ToDictionary(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static object MakeList(Type listType, Type itemType, List<object?> items)
    {
        var array = Array.CreateInstance(itemType, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        if (listType.IsArray) return array;
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in array) list.Add(item);
        return list;
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
