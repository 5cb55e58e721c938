using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Validation;
using Polly;
using Polly.Retry;

namespace FlowBuilder.Engine.Compilation;

/// <summary>
/// Checks a flow and compiles it into an <see cref="ExecutablePlan"/>. Validation and compilation
/// are one pass, so what the validator accepts is exactly what runs. Every problem is reported with
/// its JSON path and node id.
/// </summary>
public sealed class FlowCompiler(ActivityRegistry registry, IActivityFactory? activities, ExpressionCompiler expressions, TimeProvider time)
{
    public FlowCompiler(ActivityRegistry registry) : this(registry, null, ExpressionCompiler.Default, TimeProvider.System)
    {
    }

    public ValidationReport Validate(FlowDefinition flow) => Compile(flow, buildPlan: false).Report;

    public CompileResult Compile(FlowDefinition flow) => Compile(flow, buildPlan: activities is not null);

    /// <summary>The flow with the trigger its trigger node names (Incoming Call's number), when it has no trigger of
    /// its own; otherwise the flow as it is. Publishing uses this, so the node's number is bound to the flow.</summary>
    public FlowDefinition WithNodeTrigger(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return TriggerNodes.Apply(flow, node => registry.TryResolve(node.Type, out var registration) ? registration : null);
    }

    private CompileResult Compile(FlowDefinition flow, bool buildPlan)
    {
        var problems = new List<ValidationProblem>();
        CheckHeader(flow, problems);
        var registrations = new Dictionary<string, ActivityRegistration>(StringComparer.Ordinal);
        var boundInputs = new Dictionary<string, object>(StringComparer.Ordinal);
        var seenNodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Nodes.Count; i++)
        {
            var node = flow.Nodes[i];
            var path = $"$.nodes[{i}]";
            if (string.IsNullOrWhiteSpace(node.Id))
            {
                problems.Add(Error(ProblemCodes.MissingField, $"{path}.id", null, "Every node needs an id."));
                continue;
            }
            if (!seenNodes.Add(node.Id))
            {
                problems.Add(Error(ProblemCodes.DuplicateId, $"{path}.id", node.Id, $"Node id '{node.Id}' is used by more than one node; node ids must be unique."));
                continue;
            }
            if (!registry.TryResolve(node.Type, out var registration))
            {
                problems.Add(Error(ProblemCodes.UnknownActivity, $"{path}.type", node.Id,
                    $"Unknown activity type '{node.Type}'. Install the plugin that provides it, or pick one of the activities listed at /api/activities."));
                continue;
            }
            registrations[node.Id] = registration;
            var inputs = new InputBinder(expressions, node.Id, problems).Bind(registration.Inputs, node.Inputs, $"{path}.inputs");
            if (inputs is not null) boundInputs[node.Id] = inputs;
        }

        var outgoing = CheckEdges(flow, registrations, problems);
        if (flow.StartNodeId is { } start && flow.Nodes.Count > 0 && !seenNodes.Contains(start))
            problems.Add(Error(ProblemCodes.MissingNode, "$.start", start, $"The start node '{start}' does not exist."));
        GraphChecks.Run(flow, registrations, outgoing, problems);
        TriggerNodes.Check(flow, node => registrations.GetValueOrDefault(node.Id), problems);

        var report = new ValidationReport(problems);
        if (!buildPlan || !report.IsValid) return new CompileResult(null, report);
        return new CompileResult(BuildPlan(flow, registrations, boundInputs), report);
    }

    private static void CheckHeader(FlowDefinition flow, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(flow.Id)) problems.Add(Error(ProblemCodes.MissingField, "$.id", null, "The flow needs an id (letters, digits, '-', '_', '.')."));
        if (string.IsNullOrWhiteSpace(flow.Name)) problems.Add(Error(ProblemCodes.MissingField, "$.name", null, "The flow needs a name."));
        if (flow.Nodes.Count == 0) problems.Add(Error(ProblemCodes.NoNodes, "$.nodes", null, "The flow has no nodes: add at least one activity."));
        CheckNames(flow.Variables.Select(v => v.Name).ToList(), "$.variables", "Variable", problems);
        CheckNames(flow.Inputs.Select(v => v.Name).ToList(), "$.inputs", "Input", problems);
        for (var i = 0; i < flow.Variables.Count; i++)
        {
            var variable = flow.Variables[i];
            if (variable.Default is { } value && !FlowValues.Matches(FlowValues.FromJson(value), variable.Type) && value.ValueKind != JsonValueKind.Null)
                problems.Add(Error(ProblemCodes.InvalidDefault, $"$.variables[{i}].default", null, $"The default of variable '{variable.Name}' is not of type {variable.Type.ToString().ToLowerInvariant()}."));
        }
        if (flow.Trigger is { Type: TriggerType.Webhook, Path: null or "" })
            problems.Add(Error(ProblemCodes.InvalidTrigger, "$.trigger.path", null, "A webhook trigger needs a path, e.g. \"orders/created\"."));
        if (flow.Trigger is { Type: TriggerType.Call, Number: null or "" })
            problems.Add(Error(ProblemCodes.InvalidTrigger, "$.trigger.number", null, "A call trigger needs the dialled number it answers."));
        if (flow.Trigger is { Type: TriggerType.Schedule, Cron: null or "" })
            problems.Add(Error(ProblemCodes.InvalidTrigger, "$.trigger.cron", null, "A schedule trigger needs a cron expression."));
    }

    private static void CheckNames(List<string> names, string path, string what, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i])) problems.Add(Error(ProblemCodes.MissingField, $"{path}[{i}].name", null, $"{what} {i + 1} has no name."));
            else if (!seen.Add(names[i])) problems.Add(Error(ProblemCodes.DuplicateId, $"{path}[{i}].name", null, $"{what} '{names[i]}' is declared twice."));
        }
    }

    private static Dictionary<string, List<string>> CheckEdges(FlowDefinition flow, Dictionary<string, ActivityRegistration> registrations, List<ValidationProblem> problems)
    {
        var nodeIds = flow.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var outgoing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var wired = new HashSet<(string, string)>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Edges.Count; i++)
        {
            var edge = flow.Edges[i];
            var path = $"$.edges[{i}]";
            if (edge.Id is { } id && !edgeIds.Add(id))
                problems.Add(Error(ProblemCodes.DuplicateId, $"{path}.id", null, $"Edge id '{id}' is used twice."));
            if (!nodeIds.Contains(edge.From))
            {
                problems.Add(Error(ProblemCodes.MissingNode, $"{path}.from", edge.From, $"The edge starts at node '{edge.From}', which does not exist."));
                continue;
            }
            if (!nodeIds.Contains(edge.To))
            {
                problems.Add(Error(ProblemCodes.MissingNode, $"{path}.to", edge.From, $"The edge from '{edge.From}' ({edge.Outcome}) goes to node '{edge.To}', which does not exist."));
                continue;
            }
            if (registrations.TryGetValue(edge.From, out var registration))
            {
                var node = flow.Nodes.First(n => n.Id == edge.From);
                var declared = OutcomeCatalog.For(registration, node);
                if (!declared.Contains(edge.Outcome))
                {
                    problems.Add(Error(ProblemCodes.UnknownOutcome, $"{path}.outcome", edge.From,
                        $"Activity '{registration.TypeId}' has no outcome '{edge.Outcome}'. Its outcomes are: {string.Join(", ", declared)}."));
                    continue;
                }
            }
            if (!wired.Add((edge.From, edge.Outcome)))
            {
                problems.Add(Error(ProblemCodes.DuplicateEdge, $"{path}.outcome", edge.From,
                    $"Outcome '{edge.Outcome}' of node '{edge.From}' is already connected; an outcome leads to one node."));
                continue;
            }
            if (!outgoing.TryGetValue(edge.From, out var targets)) outgoing[edge.From] = targets = [];
            targets.Add(edge.To);
        }
        return outgoing;
    }

    private ExecutablePlan BuildPlan(FlowDefinition flow, Dictionary<string, ActivityRegistration> registrations, Dictionary<string, object> inputs)
    {
        var nodes = new Dictionary<string, PlanNode>(StringComparer.Ordinal);
        foreach (var node in flow.Nodes)
        {
            var registration = registrations[node.Id];
            nodes[node.Id] = new PlanNode(node, registration, activities!.Create(registration.ActivityType), inputs[node.Id], BuildRetry(node.Retry));
        }
        foreach (var edge in flow.Edges) nodes[edge.From].Connect(edge.Outcome, nodes[edge.To]);
        foreach (var node in nodes.Values) node.Freeze();
        return new ExecutablePlan(flow, nodes, nodes[flow.StartNodeId!]);
    }

    private ResiliencePipeline? BuildRetry(RetryPolicyDefinition? policy)
    {
        if (policy is null || policy.MaxAttempts <= 1) return null;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = policy.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(policy.DelayMs),
                BackoffType = policy.Backoff switch
                {
                    RetryBackoff.Constant => DelayBackoffType.Constant,
                    RetryBackoff.Linear => DelayBackoffType.Linear,
                    _ => DelayBackoffType.Exponential,
                },
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException and not ExpressionException),
            })
            .Build();
    }

    private static ValidationProblem Error(string code, string path, string? nodeId, string message) =>
        new(ProblemSeverity.Error, code, path, nodeId, message);
}
