using System.Text.Json.Nodes;
using NJsonSchema;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>
/// Writes an inputs record as JSON Schema (NJsonSchema) for the designer's property form. An
/// expression field is described by its value type and marked <c>x-expression</c>: the designer
/// offers literal, template and JavaScript modes for it; plain fields accept literals only.
/// </summary>
internal static class InputSchemaBuilder
{
    public static JsonObject Build(InputModel model)
    {
        var schema = BuildObject(model);
        schema.SchemaVersion = "http://json-schema.org/draft-07/schema#";
        return (JsonObject)JsonNode.Parse(schema.ToJson())!;
    }

    private static JsonSchema BuildObject(InputModel model)
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        foreach (var field in model.Fields)
        {
            var property = new JsonSchemaProperty();
            Describe(property, field);
            schema.Properties[field.Name] = property;
            if (field.Required) schema.RequiredProperties.Add(field.Name);
        }
        return schema;
    }

    private static void Describe(JsonSchemaProperty property, InputField field)
    {
        switch (field.Kind)
        {
            case InputFieldKind.Expression:
                DescribeValue(property, field.ValueType!);
                property.ExtensionData = new Dictionary<string, object?> { ["x-expression"] = true };
                if (field.Hints?.DefaultSyntax is { } syntax) property.ExtensionData["x-default-syntax"] = syntax;
                break;
            case InputFieldKind.Record:
                CopyInto(property, BuildObject(field.Record!));
                break;
            case InputFieldKind.RecordList:
                property.Type = JsonObjectType.Array;
                property.Item = BuildObject(field.Record!);
                break;
            default:
                DescribeValue(property, field.Type);
                break;
        }
        property.Title = field.Hints?.DisplayName;
        property.Description = field.Hints?.Description;
        if (field.Hints?.Editor is { } editor)
        {
            property.ExtensionData ??= new Dictionary<string, object?>();
            property.ExtensionData["x-editor"] = editor;
        }
        if (field.MaxLength is { } max) property.MaxLength = max;
        if (field.MinLength is { } min) property.MinLength = min;
        if (field.Range is { } range)
        {
            property.Minimum = Convert.ToDecimal(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
            property.Maximum = Convert.ToDecimal(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (field.DefaultValue is { } value) property.Default = value is Enum ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!) : value;
    }

    private static void CopyInto(JsonSchema target, JsonSchema source)
    {
        target.Type = source.Type;
        target.AllowAdditionalProperties = source.AllowAdditionalProperties;
        foreach (var (name, property) in source.Properties.ToList()) target.Properties[name] = property;
        foreach (var name in source.RequiredProperties) target.RequiredProperties.Add(name);
    }

    private static void DescribeValue(JsonSchema schema, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string)) schema.Type = JsonObjectType.String;
        else if (target == typeof(bool)) schema.Type = JsonObjectType.Boolean;
        else if (target == typeof(int) || target == typeof(long) || target == typeof(short)) schema.Type = JsonObjectType.Integer;
        else if (target == typeof(double) || target == typeof(float) || target == typeof(decimal) || target == typeof(TimeSpan)) schema.Type = JsonObjectType.Number;
        else if (target.IsEnum)
        {
            schema.Type = JsonObjectType.String;
            foreach (var name in Enum.GetNames(target)) schema.Enumeration.Add(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name));
        }
        else if (InputModel.ElementType(target) is { } element)
        {
            schema.Type = JsonObjectType.Array;
            var item = new JsonSchema();
            DescribeValue(item, element);
            schema.Item = item;
        }
        else if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Dictionary<,>) || target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            schema.Type = JsonObjectType.Object;
            var value = new JsonSchema();
            DescribeValue(value, target.GetGenericArguments()[1]);
            schema.AdditionalPropertiesSchema = value;
        }
        else if (target == typeof(object) || target.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            // any JSON value
        }
        else
        {
            var nested = BuildObject(InputModel.For(target));
            CopyInto(schema, nested);
        }
    }
}
