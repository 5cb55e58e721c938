namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>A multipart upload: the form fields, and whether the <c>file</c> part was there (and how many bytes it had).</summary>
internal sealed record UploadedForm(IReadOnlyDictionary<string, string> Fields, bool HasFile, long FileBytes)
{
    public string? this[string name] => Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
