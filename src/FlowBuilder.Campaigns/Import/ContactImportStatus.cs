namespace FlowBuilder.Campaigns.Import;

public enum ContactImportStatus
{
    Running,

    /// <summary>Read to the end; the valid rows were imported (none in a dry run).</summary>
    Completed,

    /// <summary>All-or-nothing found rejected rows, so nothing was imported.</summary>
    Rejected,

    /// <summary>The file could not be read (empty, not UTF-8, no phone column…) or storing failed: nothing was imported.</summary>
    Failed,
}
