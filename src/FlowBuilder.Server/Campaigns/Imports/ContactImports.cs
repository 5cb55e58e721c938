using System.Collections.Concurrent;
using CsvHelper;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>
/// Runs imports in the background: the upload is already spooled to a file in <see cref="ContactImportFolder"/>; the import reads it,
/// reports progress to its <see cref="ImportJob"/>, writes every rejected row to a CSV beside it, and deletes the spooled upload when
/// done. Jobs are kept in memory (the last <see cref="KeptJobs"/>); the server stopping cancels running ones, which import nothing.
/// </summary>
internal sealed class ContactImports(IContactStore contacts, ContactImportFolder folder, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<ContactImports> logger)
{
    public const int KeptJobs = 200;

    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>A fresh import id and the file its upload is spooled to.</summary>
    public (string Id, string SpoolPath) Reserve()
    {
        Directory.CreateDirectory(folder.Path);
        var id = $"imp-{Guid.CreateVersion7():N}";
        return (id, Path.Combine(folder.Path, $"{id}.upload.csv"));
    }

    public ImportJob Start(string id, string spoolPath, SubscriberGroup group, ContactImportOptions options)
    {
        var job = new ImportJob(id, group.CompanyId, group.Id, options, time.GetUtcNow(), Path.Combine(folder.Path, $"{id}.rejected.csv"));
        _jobs[id] = job;
        _order.Enqueue(id);
        Evict();
        job.Completion = Task.Run(() => RunAsync(job, spoolPath, group, lifetime.ApplicationStopping));
        return job;
    }

    public ImportJob? Find(string companyId, string id) => _jobs.TryGetValue(id, out var job) && job.CompanyId == companyId ? job : null;

    private async Task RunAsync(ImportJob job, string spoolPath, SubscriberGroup group, CancellationToken cancellationToken)
    {
        try
        {
            await using var rejected = new FileStream(job.RejectedPath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            await using var report = CsvWriter.Create(rejected, new CsvWriterOptions { NewLine = "\n", ValidateFieldCount = false }, leaveOpen: true);
            await using (var head = OpenSpool(spoolPath))
            {
                try
                {
                    job.Headers = (await ContactImporter.PreviewAsync(head, group, job.Options.Delimiter, 0, cancellationToken)).Headers;
                }
                catch (ContactImportException)
                {
                    // The import itself reports what is wrong with the file.
                }
            }
            var options = job.Options with
            {
                OnRejected = row =>
                {
                    job.Reject(row);
                    report.WriteField(row.Line);
                    report.WriteField(string.Join("; ", row.Reasons));
                    foreach (var value in row.Values) report.WriteField(SpreadsheetText.Guard(value));
                    report.EndRecord();
                },
            };
            ContactImportResult result;
            await using (var input = OpenSpool(spoolPath))
            {
                result = await new ContactImporter(contacts).ImportAsync(input, group, options, new JobProgress(job), cancellationToken);
            }
            await report.FlushAsync(cancellationToken);
            job.Finish(result, time.GetUtcNow());
            logger.LogInformation("Import {ImportId} into group {GroupId}: {Status}, {Imported} imported, {Rejected} rejected of {Rows} rows",
                job.Id, job.GroupId, result.Status, result.Imported, result.RejectedRows, result.RowsRead);
        }
        catch (Exception error)
        {
            var message = error is OperationCanceledException ? "The server stopped during the import; nothing was imported. Upload the file again." : error.Message;
            job.Finish(new ContactImportResult(ContactImportStatus.Failed, 0, null, 0, 0, 0, 0, [], message), time.GetUtcNow());
            if (error is not OperationCanceledException) logger.LogError(error, "Import {ImportId} failed", job.Id);
        }
        finally
        {
            TryDelete(spoolPath);
        }
    }

    private static FileStream OpenSpool(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);

    private void Evict()
    {
        while (_order.Count > KeptJobs && _order.TryDequeue(out var old))
        {
            if (_jobs.TryGetValue(old, out var job) && job.Completion.IsCompleted && _jobs.TryRemove(old, out _)) TryDelete(job.RejectedPath);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover file in the imports folder is harmless.
        }
    }

    /// <summary>Progress straight to the job, on the import's thread (no synchronisation context to post to).</summary>
    private sealed class JobProgress(ImportJob job) : IProgress<ContactImportProgress>
    {
        public void Report(ContactImportProgress value) => job.Report(value);
    }
}
