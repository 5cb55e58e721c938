namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>A custom field of a subscriber group. <paramref name="Name"/> is how flows read it (<c>input.contact.fields.amount</c>):
/// letters, digits and '_' , starting with a letter.</summary>
/// <param name="Pattern">A .NET regular expression every imported value must match in full; null for none.</param>
public sealed record ContactField(string Name, ContactFieldType Type = ContactFieldType.Text, bool Required = false, string? Pattern = null, string? Label = null);
