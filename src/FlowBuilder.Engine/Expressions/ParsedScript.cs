using Jint.Parser;
using Jint.Parser.Ast;

namespace FlowBuilder.Engine.Expressions;

/// <summary>A script parsed once. Its value is the completion value of the last statement
/// (<c>js: vars.age &gt;= 18</c>); a script that uses <c>return</c> is run as a function body.</summary>
internal sealed class ParsedScript
{
    private readonly int _lineOffset;

    private ParsedScript(Program program, int lineOffset)
    {
        Program = program;
        _lineOffset = lineOffset;
        DeclaredGlobals = program.VariableDeclarations.SelectMany(d => d.Declarations).Select(d => d.Id.Name)
            .Concat(program.FunctionDeclarations.Select(f => f.Id.Name))
            .Distinct()
            .ToArray();
    }

    public Program Program { get; }

    /// <summary>Names the script declares at top level; removed after each run so nothing leaks between instances.</summary>
    public IReadOnlyList<string> DeclaredGlobals { get; }

    public int MapLine(int line) => Math.Max(1, line - _lineOffset);

    public static ParsedScript? Parse(string code, out ExpressionSyntaxError? error)
    {
        error = null;
        try
        {
            return new ParsedScript(new JavaScriptParser().Parse(code), 0);
        }
        catch (ParserException first) when (first.Description?.Contains("return", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return new ParsedScript(new JavaScriptParser().Parse("(function(){\n" + code + "\n})()"), 1);
            }
            catch (ParserException second)
            {
                error = new ExpressionSyntaxError($"JavaScript syntax error: {second.Description}", Math.Max(1, second.LineNumber - 1), Math.Max(1, second.Column));
                return null;
            }
        }
        catch (ParserException exception)
        {
            error = new ExpressionSyntaxError($"JavaScript syntax error: {exception.Description}", Math.Max(1, exception.LineNumber), Math.Max(1, exception.Column));
            return null;
        }
    }
}
