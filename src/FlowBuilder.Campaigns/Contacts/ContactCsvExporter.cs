using CsvHelper;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>Writes a group's contacts as CSV (UTF-8, header row <c>phone,name,patronymic,timeZone,&lt;fields…&gt;</c>), streaming; text that a spreadsheet would run as a formula is guarded (<see cref="SpreadsheetText"/>).</summary>
public static class ContactCsvExporter
{
    public static async Task<long> WriteAsync(SubscriberGroup group, IAsyncEnumerable<Contact> contacts, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(contacts);
        await using var csv = CsvWriter.Create(destination, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var header in new[] { "phone", "name", "patronymic", "timeZone" }.Concat(group.Fields.Select(f => f.Name))) csv.WriteField(header);
        await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        long count = 0;
        await foreach (var contact in contacts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            csv.WriteField(contact.Phone);
            csv.WriteField(SpreadsheetText.Guard(contact.Name));
            csv.WriteField(SpreadsheetText.Guard(contact.Patronymic));
            csv.WriteField(contact.TimeZone);
            foreach (var field in group.Fields) csv.WriteField(SpreadsheetText.Guard(ContactFieldValues.Format(contact.Fields.GetValueOrDefault(field.Name))));
            await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            count++;
        }
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
