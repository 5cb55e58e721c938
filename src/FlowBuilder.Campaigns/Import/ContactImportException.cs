namespace FlowBuilder.Campaigns.Import;

/// <summary>A file that cannot be imported at all (empty, not UTF-8, no phone column, a bad mapping); the message says what to do.</summary>
public sealed class ContactImportException(string message) : Exception(message);
