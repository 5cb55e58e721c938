using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Activities.Http;

/// <summary>
/// Renders HTTP Request's body. A body written as an object or list is a template: each string in it that is a
/// <c>{{ }}</c> template or <c>js:</c> expression is replaced by its value (a <c>js:</c> value keeps its type, so
/// <c>"js: vars.count"</c> becomes a number). Those strings are compiled once per published node and cached.
/// A body that is itself a template or script is evaluated as it is.
/// </summary>
internal sealed class HttpBodyTemplate(ExpressionCompiler compiler)
{
    private readonly ConditionalWeakTable<Expression<object?>, ConcurrentDictionary<string, CompiledExpression>> _compiled = [];

    public object? Render(ActivityContext context, Expression<object?> body)
    {
        var value = context.Eval(body);
        if (body.Kind != ExpressionKind.Literal || value is not (Dictionary<string, object?> or List<object?>)) return value;
        var cache = _compiled.GetValue(body, _ => new ConcurrentDictionary<string, CompiledExpression>(StringComparer.Ordinal));
        return Walk(context, cache, value, "body");
    }

    private object? Walk(ActivityContext context, ConcurrentDictionary<string, CompiledExpression> cache, object? value, string path)
    {
        switch (value)
        {
            case string text when ExpressionSyntax.KindOf(text) != ExpressionKind.Literal:
                var compiled = cache.GetOrAdd(text, source =>
                {
                    var result = compiler.Compile(source, out var error);
                    return error is null ? result : throw new ExpressionException($"Input '{path}': {error.Message}");
                });
                try
                {
                    return FlowValues.Normalize(compiled.Evaluate(context.Scope));
                }
                catch (ExpressionException error)
                {
                    throw new ExpressionException($"Input '{path}': {error.Message}", error);
                }
            case Dictionary<string, object?> map:
                var rendered = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map) rendered[key] = Walk(context, cache, item, $"{path}.{key}");
                return rendered;
            case List<object?> list:
                var items = new List<object?>(list.Count);
                for (var i = 0; i < list.Count; i++) items.Add(Walk(context, cache, list[i], $"{path}[{i}]"));
                return items;
            default:
                return value;
        }
    }
}
