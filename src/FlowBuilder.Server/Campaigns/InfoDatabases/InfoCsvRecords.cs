using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Campaigns.Imports;

namespace FlowBuilder.Server.Campaigns.InfoDatabases;

/// <summary>The records of an information database CSV, streamed: the key column (a phone key is normalised to E.164 in the
/// default country), and every other column as data (numbers as numbers, the rest as text). Rows without a usable key are
/// counted and the first 100 kept.</summary>
internal sealed class InfoCsvRecords(InfoDatabase database, string defaultCountry)
{
    public long RejectedRows { get; private set; }

    public List<RejectedRowView> Rejected { get; } = [];

    public async IAsyncEnumerable<InfoRecord> ReadAsync(Stream csv, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(csv, new CsvReaderOptions { TrackLineNumbers = true }, leaveOpen: true);
        await reader.ReadHeaderAsync(cancellationToken);
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
            throw new ContactImportException("The file is empty or has no header row. Its first line must name the columns, one of them the key column.");
        var key = headers.FindIndex(h => string.Equals(h, database.KeyColumn, StringComparison.OrdinalIgnoreCase));
        if (key < 0)
            throw new ContactImportException($"The file has no '{database.KeyColumn}' column, the key of the database '{database.Name}'. Its columns are: {string.Join(", ", headers)}.");
        var byPhone = database.KeyColumn.Equals("phone", StringComparison.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken))
        {
            var text = key < reader.FieldCount ? reader.GetString(key).Trim() : "";
            string? reason = null;
            var recordKey = text;
            if (text.Length == 0) reason = $"{database.KeyColumn} is empty";
            else if (byPhone)
            {
                if (ContactPhones.TryNormalize(text, defaultCountry, out var phone, out var error)) recordKey = phone.E164;
                else reason = error;
            }
            if (reason is not null)
            {
                RejectedRows++;
                if (Rejected.Count < ContactImportResult.KeptRejections)
                    Rejected.Add(new RejectedRowView(reader.LineNumber, [reason], Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList()));
                continue;
            }
            var data = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count && i < reader.FieldCount; i++)
            {
                if (i == key || headers[i].Length == 0) continue;
                var value = reader.GetString(i);
                data[headers[i]] = decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? number : value;
            }
            yield return new InfoRecord(recordKey, data);
        }
    }
}
