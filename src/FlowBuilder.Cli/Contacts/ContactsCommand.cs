using System.CommandLine;

namespace FlowBuilder.Cli.Contacts;

/// <summary><c>flowbuilder contacts …</c>: import a CSV into a subscriber group of a server, export a group as CSV.</summary>
internal static class ContactsCommand
{
    public static Command Create(CliOutput io) => new("contacts", "Import contacts from CSV into a subscriber group of a running server, or export a group.")
    {
        ContactsImportCommand.Create(io),
        ContactsExportCommand.Create(io),
    };
}
