using System.Text.Json;

namespace FlowBuilder.Engine.Expressions;

/// <summary>Compiles one input value into a <see cref="CompiledExpression"/>; syntax errors are
/// returned, never thrown, so a validator can report all of them at once.</summary>
public sealed class ExpressionCompiler(ScriptLimits limits)
{
    public static ExpressionCompiler Default { get; } = new(ScriptLimits.Default);

    public ScriptLimits Limits { get; } = limits;

    public CompiledExpression Compile(JsonElement value, out ExpressionSyntaxError? error)
    {
        error = null;
        if (value.ValueKind != JsonValueKind.String) return new LiteralExpression(value.GetRawText(), FlowValues.FromJson(value));
        return Compile(value.GetString()!, out error);
    }

    public CompiledExpression Compile(string text, out ExpressionSyntaxError? error)
    {
        error = null;
        return ExpressionSyntax.KindOf(text) switch
        {
            ExpressionKind.JavaScript => ScriptExpression.Compile(text, Limits, out error),
            ExpressionKind.Template => TemplateExpression.Compile(text, out error),
            _ => new LiteralExpression(text, text),
        };
    }
}
