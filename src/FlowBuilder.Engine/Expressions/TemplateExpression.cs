using HandlebarsDotNet;

namespace FlowBuilder.Engine.Expressions;

/// <summary>A <c>{{ }}</c> text template, compiled once with Handlebars.Net (no HTML escaping: the
/// text goes to speech, SMS and URLs, not to a web page).</summary>
internal sealed class TemplateExpression : CompiledExpression
{
    private static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        ThrowOnUnresolvedBindingExpression = false,
    });

    private readonly HandlebarsTemplate<object, object> _render;

    private TemplateExpression(string source, HandlebarsTemplate<object, object> render) : base(source) => _render = render;

    public override ExpressionKind Kind => ExpressionKind.Template;

    public static CompiledExpression Compile(string source, out ExpressionSyntaxError? error)
    {
        error = null;
        try
        {
            var render = Handlebars.Compile(source);
            return new TemplateExpression(source, render);
        }
        catch (HandlebarsException exception)
        {
            error = TemplateErrors.Describe(source, exception);
            return new LiteralExpression(source, source);
        }
    }

    public override object? Evaluate(ExpressionScope scope)
    {
        try
        {
            return _render(scope.TemplateContext, null!);
        }
        catch (HandlebarsException exception)
        {
            throw new ExpressionException($"Template failed: {exception.Message}", exception);
        }
    }
}
