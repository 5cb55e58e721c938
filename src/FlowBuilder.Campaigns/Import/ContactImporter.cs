using System.Buffers;
using System.Text.Unicode;
using System.Threading.Channels;
using CsvHelper;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Import;

/// <summary>
/// Imports a CSV file into a subscriber group, streaming: the file is never held in memory; the only per-row memory is the set
/// of phone numbers seen (8 bytes of digits and the line of each). UTF-8 with or without a byte order mark, or UTF-16 with one;
/// the separator is detected unless given. Every row is validated (<see cref="ContactValidator"/>) and checked for duplicates in
/// the file and in the group; rejected rows are reported with the line they start on and every reason. The rows are written in
/// one transaction (<see cref="IContactBatchWriter"/>), committed only when the import succeeds.
/// </summary>
public sealed partial class ContactImporter(IContactStore contacts)
{
    public async Task<ContactImportResult> ImportAsync(Stream csv, SubscriberGroup group, ContactImportOptions options,
        IProgress<ContactImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        var run = new ImportRun(csv, options, progress);
        try
        {
            await RunAsync(run, group, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactImportException error)
        {
            run.Fail(error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            run.Fail($"Storing the contacts failed, so nothing was imported: {error.Message}");
        }
        run.Report();
        return run.ToResult();
    }

    private async Task RunAsync(ImportRun run, SubscriberGroup group, ContactImportOptions options, CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(run.Input, ReaderOptions(options.Delimiter), leaveOpen: true);
        var (headers, encoding) = await ReadHeaderAsync(reader, run.Input, cancellationToken).ConfigureAwait(false);
        run.Headers = headers;
        run.Delimiter = reader.Separator;
        var transcoded = CsvEncodings.IsTranscoded(encoding);
        var map = ContactColumnMap.Resolve(headers, group, options.Mapping);
        var validator = new ContactValidator(group, options.DefaultCountry);
        if (!ContactPhones.IsKnownCountry(validator.DefaultCountry))
            throw new ContactImportException($"The default country '{validator.DefaultCountry}' is not an ISO 3166 country code libphonenumber knows. Use e.g. US, GB or RU.");

        // The batch first: it takes the group's write lock, so the phones read next are all another import can have stored.
        var writer = options.DryRun ? null : await contacts.BeginBatchAsync(group.CompanyId, group.Id, cancellationToken).ConfigureAwait(false);
        // Sized from the file (about 40 bytes a row) so a million rows never rehash: the set is the import's only per-row memory.
        var seen = new Dictionary<ulong, int>((int)Math.Min((run.TotalBytes ?? 0) / 40, 20_000_000));

        // Reading and validating (this thread) overlap with storing (the writer's task): contacts go over in chunks.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<Contact[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var storing = writer is null ? Task.CompletedTask : Task.Run(() => StoreAsync(chunks.Reader, writer, stop), CancellationToken.None);
        try
        {
            await foreach (var phone in contacts.StreamPhonesAsync(group.CompanyId, group.Id, cancellationToken).ConfigureAwait(false))
                seen[ContactPhones.KeyOf(phone)] = 0;
            var allOrNothing = options.Mode == ContactImportMode.AllOrNothing;
            var reasons = new List<string>();
            var fieldTexts = new string?[group.Fields.Count];
            var chunk = new List<Contact>(ChunkSize);
            run.Report();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                run.RowsRead++;
                var line = reader.LineNumber;
                if (!transcoded) EnsureUtf8(reader.RawRecord, line);
                reasons.Clear();
                for (var i = 0; i < fieldTexts.Length; i++) fieldTexts[i] = Field(reader, map.FieldColumns[i]);
                var contact = validator.Validate(Field(reader, map.PhoneColumn), Field(reader, map.NameColumn), Field(reader, map.PatronymicColumn),
                    Field(reader, map.TimeZoneColumn), fieldTexts, reasons, out var key, line);
                if (contact is not null)
                {
                    if (seen.TryGetValue(key, out var first))
                    {
                        run.Duplicates++;
                        reasons.Add(first == 0 ? $"phone {contact.Phone} is already in the group" : $"phone {contact.Phone} duplicates line {first}");
                    }
                    else
                    {
                        seen[key] = (int)Math.Min(line, int.MaxValue);
                        run.Imported++;
                        if (writer is not null && !(allOrNothing && run.RejectedRows > 0))
                        {
                            chunk.Add(contact);
                            if (chunk.Count == ChunkSize) await SendAsync(chunks.Writer, chunk, stop.Token).ConfigureAwait(false);
                        }
                    }
                }
                if (reasons.Count > 0) run.Reject(new RejectedContactRow(line, reasons.ToArray(), Values(reader)));
                if (run.RowsRead % options.ProgressEveryRows == 0) run.Report();
            }
            if (chunk.Count > 0) await SendAsync(chunks.Writer, chunk, stop.Token).ConfigureAwait(false);
            chunks.Writer.TryComplete();
            await storing.ConfigureAwait(false);
            if (allOrNothing && run.RejectedRows > 0)
            {
                run.Finish(ContactImportStatus.Rejected);
                return;
            }
            if (writer is not null) await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            run.Finish(ContactImportStatus.Completed);
        }
        catch (OperationCanceledException) when (storing.IsFaulted && !cancellationToken.IsCancellationRequested)
        {
            // Storing failed and stopped the reading: the storing error is the one to report.
            await storing.ConfigureAwait(false);
            throw;
        }
        finally
        {
            chunks.Writer.TryComplete();
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(storing).ConfigureAwait(false);
            if (writer is not null) await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private const int ChunkSize = 1024;

    private static async Task SendAsync(ChannelWriter<Contact[]> chunks, List<Contact> chunk, CancellationToken cancellationToken)
    {
        await chunks.WriteAsync(chunk.ToArray(), cancellationToken).ConfigureAwait(false);
        chunk.Clear();
    }

    private static async Task StoreAsync(ChannelReader<Contact[]> chunks, IContactBatchWriter writer, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var chunk in chunks.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                foreach (var contact in chunk) await writer.AddAsync(contact, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The detected separator and encoding, the headers, the first rows and the target each header would map to.</summary>
    /// <exception cref="ContactImportException">The file is empty, has no header or is not UTF-8.</exception>
    public static async Task<CsvPreview> PreviewAsync(Stream csv, SubscriberGroup group, char? delimiter, int rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var input = new CountingStream(csv);
        await using var reader = CsvReader.Create(input, ReaderOptions(delimiter), leaveOpen: true);
        var (headers, encoding) = await ReadHeaderAsync(reader, input, cancellationToken).ConfigureAwait(false);
        var sample = new List<IReadOnlyList<string>>();
        while (sample.Count < rows && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!CsvEncodings.IsTranscoded(encoding)) EnsureUtf8(reader.RawRecord, reader.LineNumber);
            sample.Add(Values(reader));
        }
        IReadOnlyDictionary<string, string> mapping;
        try
        {
            mapping = ContactColumnMap.Resolve(headers, group, null).Targets;
        }
        catch (ContactImportException)
        {
            mapping = headers.Distinct(StringComparer.Ordinal).ToDictionary(h => h, h => ContactColumnMap.Suggest(h, group), StringComparer.Ordinal);
        }
        return new CsvPreview(reader.Separator, encoding, headers, sample, mapping);
    }

    private static CsvReaderOptions ReaderOptions(char? delimiter) => new()
    {
        Separator = delimiter,
        HasHeader = true,
        TrackLineNumbers = true,
        DetectSeparatorHint = true,
    };

    private static async Task<(IReadOnlyList<string> Headers, string Encoding)> ReadHeaderAsync(CsvReader reader, CountingStream input, CancellationToken cancellationToken)
    {
        await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        if (input.BytesRead == 0)
            throw new ContactImportException("The file is empty (0 bytes). Export the contacts as CSV with a header row (e.g. phone,name,patronymic) and upload it again.");
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
            throw new ContactImportException("The file has no header row. Its first line must name the columns (e.g. phone,name,patronymic).");
        var encoding = CsvEncodings.Name(input.Head);
        if (!CsvEncodings.IsTranscoded(encoding) && headers.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal))) throw NotUtf8(1);
        return (headers, encoding);
    }

    private static string? Field(CsvReader reader, int column) => column >= 0 && column < reader.FieldCount ? reader.GetString(column) : null;

    private static string[] Values(CsvReader reader)
    {
        var values = new string[reader.FieldCount];
        for (var i = 0; i < values.Length; i++) values[i] = reader.GetString(i);
        return values;
    }

    private static void EnsureUtf8(ReadOnlySpan<byte> raw, long line)
    {
        if (Utf8.IsValid(raw)) return;
        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            Utf8.ToUtf16(raw, chars, out var valid, out _, replaceInvalidSequences: false);
            throw NotUtf8(line + LineBreaks(raw[..valid]));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineBreaks(ReadOnlySpan<byte> text)
    {
        var breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n' || (text[i] == (byte)'\r' && (i + 1 == text.Length || text[i + 1] != (byte)'\n'))) breaks++;
        }
        return breaks;
    }

    private static ContactImportException NotUtf8(long line) => new(
        $"Line {line} is not valid UTF-8 (the file looks like it was saved in another encoding, such as Windows-1251 or Latin-1). " +
        "Save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\") and import it again. Nothing was imported.");
}
