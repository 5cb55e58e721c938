namespace FlowBuilder.Campaigns.Import;

public sealed partial class ContactImporter
{
    /// <summary>The counters and rejected rows of one import.</summary>
    private sealed class ImportRun(Stream csv, ContactImportOptions options, IProgress<ContactImportProgress>? progress)
    {
        private readonly List<RejectedContactRow> _kept = [];
        private ContactImportStatus _status = ContactImportStatus.Running;
        private string? _error;

        public CountingStream Input { get; } = new(csv);
        public long? TotalBytes { get; } = csv.CanSeek ? csv.Length - csv.Position : null;
        public long RowsRead { get; set; }
        public long Imported { get; set; }
        public long RejectedRows { get; private set; }
        public long Duplicates { get; set; }
        public char? Delimiter { get; set; }
        public IReadOnlyList<string> Headers { get; set; } = [];

        public void Reject(RejectedContactRow row)
        {
            RejectedRows++;
            if (_kept.Count < ContactImportResult.KeptRejections) _kept.Add(row);
            options.OnRejected?.Invoke(row);
        }

        public void Finish(ContactImportStatus status)
        {
            _status = status;
            if (status == ContactImportStatus.Rejected) Imported = 0;
        }

        public void Fail(string error)
        {
            _status = ContactImportStatus.Failed;
            _error = error;
            Imported = 0;
        }

        public void Report() => progress?.Report(new ContactImportProgress(Input.BytesRead, TotalBytes, RowsRead, Imported, RejectedRows, Duplicates));

        public ContactImportResult ToResult() =>
            new(_status, Input.BytesRead, TotalBytes, RowsRead, Imported, RejectedRows, Duplicates, _kept, _error)
            {
                Delimiter = Delimiter,
                Headers = Headers,
            };
    }
}
