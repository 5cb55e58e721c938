namespace FlowBuilder.Engine.Definitions;

/// <summary>The JSON Schema of flow files, shipped inside the engine and served at <c>/api/schema/flow</c>.</summary>
public static class FlowSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(FlowSchema).Assembly.GetManifestResourceStream("FlowBuilder.Engine.flow.schema.json")
            ?? throw new InvalidOperationException("flow.schema.json is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Json => Text.Value;
}
