using HandlebarsDotNet;

namespace FlowBuilder.Engine.Expressions;

/// <summary>Turns Handlebars compile errors into a message with a line and column. Handlebars.Net
/// does not always say where, so unbalanced braces are located here.</summary>
internal static class TemplateErrors
{
    public static ExpressionSyntaxError Describe(string source, HandlebarsException exception)
    {
        var (line, column) = FindUnbalancedBraces(source);
        var message = exception.Message.Split('\n')[0].Trim();
        return new ExpressionSyntaxError($"Template syntax error: {message}", line, column);
    }

    private static (int Line, int Column) FindUnbalancedBraces(string source)
    {
        int line = 1, column = 1, openLine = 1, openColumn = 1, depth = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '{' && i + 1 < source.Length && source[i + 1] == '{')
            {
                if (depth == 0) (openLine, openColumn) = (line, column);
                depth++;
                i++;
                column += 2;
                continue;
            }
            if (source[i] == '}' && i + 1 < source.Length && source[i + 1] == '}')
            {
                if (depth == 0) return (line, column);
                depth--;
                i++;
                column += 2;
                continue;
            }
            if (source[i] == '\n') { line++; column = 1; } else column++;
        }
        return depth > 0 ? (openLine, openColumn) : (1, 1);
    }
}
