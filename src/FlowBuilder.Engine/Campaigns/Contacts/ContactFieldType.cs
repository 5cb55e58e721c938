namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>The type of a subscriber group's custom field; imported text is parsed into it.</summary>
public enum ContactFieldType
{
    Text,

    /// <summary>A decimal number (<c>.</c> or <c>,</c> as the decimal mark on import).</summary>
    Number,

    /// <summary>A calendar date, ISO <c>yyyy-MM-dd</c> (also <c>dd.MM.yyyy</c> and <c>MM/dd/yyyy</c> on import).</summary>
    Date,

    /// <summary><c>true/false</c>, <c>yes/no</c>, <c>1/0</c>.</summary>
    Boolean,
}
