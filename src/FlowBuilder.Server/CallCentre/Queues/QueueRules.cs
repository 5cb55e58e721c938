using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.Queues;

/// <summary>Turns a PUT body into a <see cref="CallQueueDefinition"/>, or field errors naming what to fix.</summary>
internal static class QueueRules
{
    public const int MaxAgents = 200;
    public const int MaxPromptLength = 1000;

    public static string StrategyName(QueueStrategy strategy) => strategy switch
    {
        QueueStrategy.RoundRobin => "round-robin",
        QueueStrategy.LongestIdle => "longest-idle",
        _ => "ring-all",
    };

    public static CallQueueDefinition? Build(string companyId, string name, QueueRequest request, FieldErrors errors)
    {
        var agents = Agents(request.Agents, errors);
        var strategy = QueueStrategy.RingAll;
        switch (request.Strategy?.Trim().ToLowerInvariant())
        {
            case null or "ring-all":
                break;
            case "round-robin":
                strategy = QueueStrategy.RoundRobin;
                break;
            case "longest-idle":
                strategy = QueueStrategy.LongestIdle;
                break;
            default:
                errors.Add("$.strategy", $"Unknown strategy '{request.Strategy}'. Use ring-all, round-robin or longest-idle.");
                break;
        }
        if (request.HoldPrompt is { Length: > MaxPromptLength }) errors.Add("$.holdPrompt", $"holdPrompt is longer than {MaxPromptLength} characters.");
        if (request.HoldMusic is { } music && (string.IsNullOrWhiteSpace(music) || music.Contains('/') || music.Contains('\\')))
            errors.Add("$.holdMusic", $"holdMusic '{music}' is not a media-library file name. Give the name of a file listed at /api/media, or leave it out.");
        errors.Range("$.announceEverySeconds", "announceEverySeconds", request.AnnounceEverySeconds, 0, 3600);
        if (request.AnnounceEverySeconds is > 0 and < 10)
            errors.Add("$.announceEverySeconds", "announceEverySeconds is 0 (never) or at least 10.");
        errors.Range("$.maxWaitSeconds", "maxWaitSeconds", request.MaxWaitSeconds, 0, 86_400);
        errors.Range("$.agentRingSeconds", "agentRingSeconds", request.AgentRingSeconds, 5, 300);
        errors.Range("$.wrapUpSeconds", "wrapUpSeconds", request.WrapUpSeconds, 0, 3600);
        errors.Range("$.serviceLevelSeconds", "serviceLevelSeconds", request.ServiceLevelSeconds, 1, 3600);
        if (errors.Any) return null;
        var defaults = new CallQueueDefinition(companyId, name, agents);
        return defaults with
        {
            Strategy = strategy,
            HoldPrompt = request.HoldPrompt is null ? defaults.HoldPrompt : Blank(request.HoldPrompt),
            HoldMusic = Blank(request.HoldMusic),
            AnnounceEverySeconds = request.AnnounceEverySeconds ?? defaults.AnnounceEverySeconds,
            AnnouncePosition = request.AnnouncePosition ?? defaults.AnnouncePosition,
            AnnounceWaitTime = request.AnnounceWaitTime ?? defaults.AnnounceWaitTime,
            MaxWaitSeconds = request.MaxWaitSeconds ?? defaults.MaxWaitSeconds,
            AgentRingSeconds = request.AgentRingSeconds ?? defaults.AgentRingSeconds,
            WrapUpSeconds = request.WrapUpSeconds ?? defaults.WrapUpSeconds,
            ServiceLevelSeconds = request.ServiceLevelSeconds ?? defaults.ServiceLevelSeconds,
        };
    }

    private static List<QueueAgentDefinition> Agents(IReadOnlyList<QueueAgentBody?>? bodies, FieldErrors errors)
    {
        var agents = new List<QueueAgentDefinition>();
        if (bodies is null) return agents;
        if (bodies.Count > MaxAgents) errors.Add("$.agents", $"A queue has at most {MaxAgents} agents; this one lists {bodies.Count}.");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            var (path, field) = ($"$.agents[{i}]", $"agents[{i}]");
            if (bodies[i] is not { } body)
            {
                errors.Add(path, $"{field} is null. Give {{ \"target\": \"101\" }} at least.");
                continue;
            }
            CallTargetKind? kind = body.Kind?.Trim().ToLowerInvariant() switch
            {
                null or "extension" => CallTargetKind.Extension,
                "external" => CallTargetKind.Number,
                _ => null,
            };
            if (kind is null) errors.Add($"{path}.kind", $"Unknown {field}.kind '{body.Kind}'. Use extension or external.");
            var target = body.Target?.Trim();
            if (target is null) errors.Add($"{path}.target", $"{field}.target is missing. Give the agent's extension number, or an outside number for an external agent.");
            else if (kind == CallTargetKind.Extension && !CallCentreNames.IsNumber(target))
                errors.Add($"{path}.target", $"{field}.target '{target}' is not an extension number ({CallCentreNames.NumberRule}). For an outside number set \"kind\": \"external\".");
            else if (CallCentreNames.TargetProblem($"{field}.target", target) is { } problem) errors.Add($"{path}.target", problem);
            var id = string.IsNullOrWhiteSpace(body.Id) ? target : body.Id.Trim();
            if (id is not null)
            {
                if (ids.TryGetValue(id, out var first)) errors.Add($"{path}.id", $"{field}.id '{id}' is already the id of agents[{first}]. Give each agent its own id.");
                else ids[id] = i;
            }
            if (body.Name is { Length: > 100 }) errors.Add($"{path}.name", $"{field}.name is longer than 100 characters.");
            if (id is not null && target is not null && kind is { } k) agents.Add(new QueueAgentDefinition(id, target, k, Blank(body.Name)));
        }
        return agents;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
