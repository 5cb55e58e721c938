using FlowBuilder.Campaigns.Import;

namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>One import running (or run) in the background: its progress as last reported, the first rejected rows and, once
/// finished, its result. Read by polling requests while the import thread writes it.</summary>
internal sealed class ImportJob(string id, string companyId, string groupId, ContactImportOptions options, DateTimeOffset startedAt, string rejectedPath)
{
    private readonly Lock _gate = new();
    private readonly List<RejectedContactRow> _rejected = [];
    private ContactImportProgress _progress;
    private ContactImportResult? _result;
    private DateTimeOffset? _finishedAt;

    public string Id { get; } = id;
    public string CompanyId { get; } = companyId;
    public string GroupId { get; } = groupId;
    public ContactImportOptions Options { get; } = options;
    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>Every rejected row (without a header: see <see cref="Headers"/>), as CSV.</summary>
    public string RejectedPath { get; } = rejectedPath;

    public IReadOnlyList<string> Headers { get; set; } = [];

    public Task Completion { get; set; } = Task.CompletedTask;

    public void Report(ContactImportProgress progress)
    {
        lock (_gate) _progress = progress;
    }

    public void Reject(RejectedContactRow row)
    {
        lock (_gate)
        {
            if (_rejected.Count < ContactImportResult.KeptRejections) _rejected.Add(row);
        }
    }

    public void Finish(ContactImportResult result, DateTimeOffset at)
    {
        lock (_gate)
        {
            _result = result;
            _finishedAt = at;
            if (result.Headers.Count > 0) Headers = result.Headers;
        }
    }

    public ImportView ToView()
    {
        lock (_gate)
        {
            if (_result is { } result)
                return new ImportView(Id, GroupId, result.Status, Options.Mode, Options.DryRun, result.BytesRead, result.TotalBytes, result.RowsRead, result.Imported,
                    result.RejectedRows, result.Duplicates, StartedAt, _finishedAt, result.Error, result.Rejected.Select(RejectedRowView.From).ToList());
            var p = _progress;
            return new ImportView(Id, GroupId, ContactImportStatus.Running, Options.Mode, Options.DryRun, p.BytesRead, p.TotalBytes, p.RowsRead, p.Imported,
                p.RejectedRows, p.Duplicates, StartedAt, null, null, _rejected.Select(RejectedRowView.From).ToList());
        }
    }
}
