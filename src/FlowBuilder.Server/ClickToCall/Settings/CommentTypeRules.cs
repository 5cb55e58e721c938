using System.Text.RegularExpressions;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>Checks a campaign's comment types: kebab-case unique names, labels, fields with unique names, a known type, and
/// options for (and only for) choice fields.</summary>
internal static partial class CommentTypeRules
{
    private const string Types = "text, number, date, dateTime, boolean or choice";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();

    /// <summary>The types, or null (the defaults) when <paramref name="bodies"/> is null; errors under <c>commentTypes[i]…</c>.</summary>
    public static List<CommentType>? Build(IReadOnlyList<CommentTypeBody>? bodies, ValidationErrors errors)
    {
        if (bodies is null) return null;
        if (bodies.Count == 0)
        {
            errors.Add("commentTypes", "commentTypes is empty. List at least one type (e.g. { \"name\": \"note\", \"label\": \"Note\", \"fields\": [] }), or leave it out for the defaults.");
            return null;
        }
        var types = new List<CommentType>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var at = $"commentTypes[{i}]";
            var body = bodies[i];
            var name = body?.Name?.Trim() ?? "";
            if (!KebabCase().IsMatch(name)) errors.Add($"{at}.name", $"Comment type name '{name}' is not kebab-case. Use lower-case letters, digits and single dashes, e.g. call-back-later.");
            else if (types.Any(t => t.Name == name)) errors.Add($"{at}.name", $"Comment type '{name}' is listed twice. Give each type its own name.");
            var label = body?.Label?.Trim();
            if (string.IsNullOrEmpty(label)) errors.Add($"{at}.label", $"{at}.label is missing. Give the name operators see, e.g. \"Call back later\".");
            var fields = new List<CommentField>();
            for (var j = 0; j < (body?.Fields?.Count ?? 0); j++)
            {
                if (Field(body!.Fields![j], $"{at}.fields[{j}]", fields, errors) is { } field) fields.Add(field);
            }
            types.Add(new CommentType(name, label ?? name, fields));
        }
        return types;
    }

    private static CommentField? Field(CommentFieldBody? body, string at, List<CommentField> others, ValidationErrors errors)
    {
        var name = body?.Name?.Trim() ?? "";
        var ok = true;
        if (!FieldName().IsMatch(name))
        {
            errors.Add($"{at}.name", $"Field name '{name}' must start with a letter and hold only letters, digits, '_' and '-' (at most 40), e.g. amount.");
            ok = false;
        }
        else if (others.Any(f => f.Name == name))
        {
            errors.Add($"{at}.name", $"Field '{name}' is listed twice in this comment type.");
            ok = false;
        }
        var type = CommentFieldType.Text;
        if (body?.Type is not { } typeText || !Enum.TryParse(typeText.Trim(), ignoreCase: true, out type) || !Enum.IsDefined(type) || int.TryParse(typeText, out _))
        {
            errors.Add($"{at}.type", $"Unknown field type '{body?.Type}'. Use {Types}.");
            ok = false;
        }
        var options = body?.Options?.Select(o => o?.Trim() ?? "").ToList();
        if (ok && type == CommentFieldType.Choice && (options is not { Count: > 0 } || options.Any(o => o.Length == 0) || options.Distinct(StringComparer.Ordinal).Count() != options.Count))
        {
            errors.Add($"{at}.options", "A choice field needs options: distinct, non-empty choices, e.g. [\"billing\", \"service\"].");
            ok = false;
        }
        else if (ok && type != CommentFieldType.Choice && options is { Count: > 0 })
        {
            errors.Add($"{at}.options", $"Only choice fields have options; this one is {TypeName(type)}. Remove the options or make it a choice.");
            ok = false;
        }
        var label = string.IsNullOrWhiteSpace(body?.Label) ? name : body.Label.Trim();
        return ok ? new CommentField(name, label, type, body?.Required ?? false, type == CommentFieldType.Choice ? options : null) : null;

        static string TypeName(CommentFieldType t) => t == CommentFieldType.DateTime ? "dateTime" : t.ToString().ToLowerInvariant();
    }
}
