using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Flows;

/// <summary>
/// The life of a flow: drafts saved with optimistic concurrency (a stale save is refused, never a
/// silent overwrite), validation, publishing a compiled version with a note, retracting, archiving,
/// import and export. Drafts may be invalid while work is in progress; only publishing requires a
/// flow without errors.
/// </summary>
public sealed class FlowCatalog(IFlowRepository flows, FlowCompiler compiler, PlanCache? plans = null, TriggerDirectory? triggers = null)
{
    public ValueTask<IReadOnlyList<StoredFlow>> ListAsync(string companyId, FlowQuery query, CancellationToken cancellationToken) =>
        flows.ListAsync(companyId, query, cancellationToken);

    public async ValueTask<StoredFlow> GetAsync(string companyId, string flowId, CancellationToken cancellationToken) =>
        await flows.GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(flowId);

    public ValidationReport Validate(FlowDefinition flow) => compiler.Validate(flow);

    public async ValueTask<FlowChange> CreateAsync(string companyId, FlowDefinition draft, CancellationToken cancellationToken)
    {
        RequireId(draft);
        var stored = await flows.CreateAsync(companyId, draft, cancellationToken).ConfigureAwait(false);
        return new FlowChange(stored, compiler.Validate(stored.Draft));
    }

    public async ValueTask<FlowChange> SaveDraftAsync(string companyId, FlowDefinition draft, long expectedRevision, CancellationToken cancellationToken)
    {
        RequireId(draft);
        var stored = await flows.SaveDraftAsync(companyId, draft, expectedRevision, cancellationToken).ConfigureAwait(false);
        return new FlowChange(stored, compiler.Validate(stored.Draft));
    }

    /// <summary>Publishes the draft as the next version. Throws <see cref="FlowInvalidException"/> listing
    /// every problem when the draft has errors, and <see cref="ConcurrencyConflictException"/> when
    /// <paramref name="expectedRevision"/> is given and the draft has changed since.</summary>
    public async ValueTask<StoredFlowVersion> PublishAsync(string companyId, string flowId, string? note, long? expectedRevision, CancellationToken cancellationToken)
    {
        var flow = await GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        if (flow.Status == FlowStatus.Archived) throw new FlowArchivedException(flowId);
        if (expectedRevision is { } expected && expected != flow.Revision) throw new ConcurrencyConflictException(flowId, expected, flow.Revision);
        var draft = compiler.WithNodeTrigger(flow.Draft);
        var report = compiler.Validate(draft);
        if (!report.IsValid) throw new FlowInvalidException(flowId, report);
        var version = await flows.PublishAsync(companyId, flowId, draft, note, cancellationToken).ConfigureAwait(false);
        triggers?.Forget(companyId, flowId);
        // Compile the version now, so its scripts are parsed once at publish and the first instance starts at full speed.
        if (plans is not null && compiler.Compile(version.Definition).Plan is { } plan) plans.Add(companyId, plan);
        return version;
    }

    public async ValueTask<StoredFlow> RetractAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        var flow = await GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        if (flow.PublishedVersion is null) throw new FlowNotPublishedException(flowId);
        var retracted = await flows.RetractAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        triggers?.Forget(companyId, flowId);
        return retracted;
    }

    public async ValueTask<StoredFlow> ArchiveAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        await GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        var archived = await flows.SetStatusAsync(companyId, flowId, FlowStatus.Archived, cancellationToken).ConfigureAwait(false);
        triggers?.Forget(companyId, flowId);
        return archived;
    }

    /// <summary>Brings an archived flow back as a draft; publish it again to bind its trigger.</summary>
    public async ValueTask<StoredFlow> UnarchiveAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        var flow = await GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        if (flow.Status != FlowStatus.Archived) return flow;
        if (flow.PublishedVersion is not null) await flows.RetractAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        return await flows.SetStatusAsync(companyId, flowId, FlowStatus.Draft, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<IReadOnlyList<StoredFlowVersion>> ListVersionsAsync(string companyId, string flowId, CancellationToken cancellationToken) =>
        flows.ListVersionsAsync(companyId, flowId, cancellationToken);

    public async ValueTask<StoredFlowVersion> GetVersionAsync(string companyId, string flowId, int version, CancellationToken cancellationToken) =>
        await flows.GetVersionAsync(companyId, flowId, version, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(flowId, version);

    /// <summary>Copies a published version into the draft (the version itself stays as it was).</summary>
    public async ValueTask<FlowChange> RestoreVersionAsync(string companyId, string flowId, int version, long expectedRevision, CancellationToken cancellationToken)
    {
        var stored = await GetVersionAsync(companyId, flowId, version, cancellationToken).ConfigureAwait(false);
        return await SaveDraftAsync(companyId, stored.Definition with { Version = 0, Status = FlowStatus.Draft }, expectedRevision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a flow file: creates the flow, or with <paramref name="replaceDraft"/> replaces an existing draft.</summary>
    public async ValueTask<FlowChange> ImportAsync(string companyId, FlowDefinition definition, bool replaceDraft, CancellationToken cancellationToken)
    {
        RequireId(definition);
        var existing = await flows.GetAsync(companyId, definition.Id, cancellationToken).ConfigureAwait(false);
        if (existing is null) return await CreateAsync(companyId, definition, cancellationToken).ConfigureAwait(false);
        if (!replaceDraft) throw new FlowExistsException(definition.Id);
        return await SaveDraftAsync(companyId, definition, existing.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The draft, or a published version, as a flow file.</summary>
    public async ValueTask<FlowDefinition> ExportAsync(string companyId, string flowId, int? version, CancellationToken cancellationToken)
    {
        if (version is { } number) return (await GetVersionAsync(companyId, flowId, number, cancellationToken).ConfigureAwait(false)).Definition;
        return (await GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false)).Draft;
    }

    private static void RequireId(FlowDefinition flow)
    {
        if (string.IsNullOrWhiteSpace(flow.Id) || !FlowIds.IsValid(flow.Id))
            throw new FlowFormatException("$.id", "The flow needs an id of 1-100 letters, digits, '-', '_' or '.', starting with a letter or digit.");
    }
}
