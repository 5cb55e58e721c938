using System.Text.Json;

namespace FlowBuilder.Engine.Expressions;

/// <summary>Tells the three forms of an input value apart: a string starting with <c>js:</c> is
/// JavaScript, a string containing <c>{{</c> is a template, anything else is a literal.</summary>
public static class ExpressionSyntax
{
    public const string ScriptPrefix = "js:";

    public static ExpressionKind KindOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String) return ExpressionKind.Literal;
        return KindOf(value.GetString()!);
    }

    public static ExpressionKind KindOf(string text)
    {
        if (text.StartsWith(ScriptPrefix, StringComparison.Ordinal)) return ExpressionKind.JavaScript;
        return text.Contains("{{", StringComparison.Ordinal) ? ExpressionKind.Template : ExpressionKind.Literal;
    }

    public static string ScriptBody(string text) => text[ScriptPrefix.Length..];
}
