namespace FlowBuilder.Campaigns.ClickToCall.Reminders;

/// <summary>The reminder e-mails' settings, read from <c>FlowBuilder:ClickToCall</c> (the section the other click-to-call
/// options live in).</summary>
public sealed class ClickToCallReminderOptions
{
    public const string SectionName = "FlowBuilder:ClickToCall";

    /// <summary>How often due reminders are looked for, in seconds; default 30.</summary>
    public int ReminderPollSeconds { get; set; } = 30;

    /// <summary>The server's public address (https://flows.example.com); when set, reminders link to the request's page.</summary>
    public string? PublicBaseUrl { get; set; }
}
