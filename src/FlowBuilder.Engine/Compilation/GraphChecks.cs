using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Compilation;

/// <summary>Whole-graph warnings: nodes the start cannot reach, and loops that never wait (they
/// spin until the step limit stops them).</summary>
internal static class GraphChecks
{
    public static void Run(FlowDefinition flow, Dictionary<string, ActivityRegistration> registrations, Dictionary<string, List<string>> outgoing, List<ValidationProblem> problems)
    {
        if (flow.StartNodeId is not { } start || !flow.Nodes.Any(n => n.Id == start)) return;
        FindUnreachable(flow, start, outgoing, problems);
        FindBusyLoops(flow, registrations, outgoing, problems);
    }

    private static void FindUnreachable(FlowDefinition flow, string start, Dictionary<string, List<string>> outgoing, List<ValidationProblem> problems)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in outgoing.GetValueOrDefault(id) ?? [])
                if (reached.Add(next)) queue.Enqueue(next);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Nodes.Count; i++)
        {
            var node = flow.Nodes[i];
            if (string.IsNullOrEmpty(node.Id) || !seen.Add(node.Id) || reached.Contains(node.Id)) continue;
            problems.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.Unreachable, $"$.nodes[{i}]", node.Id,
                $"Node '{node.Id}' cannot be reached from the start node '{start}'; connect it or delete it."));
        }
    }

    // Tarjan's strongly connected components: each component with a cycle and no waiting activity is reported once.
    private static void FindBusyLoops(FlowDefinition flow, Dictionary<string, ActivityRegistration> registrations, Dictionary<string, List<string>> outgoing, List<ValidationProblem> problems)
    {
        var index = 0;
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLinks = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();

        void Connect(string v)
        {
            indices[v] = lowLinks[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in outgoing.GetValueOrDefault(v) ?? [])
            {
                if (!indices.ContainsKey(w))
                {
                    Connect(w);
                    lowLinks[v] = Math.Min(lowLinks[v], lowLinks[w]);
                }
                else if (onStack.Contains(w))
                {
                    lowLinks[v] = Math.Min(lowLinks[v], indices[w]);
                }
            }
            if (lowLinks[v] != indices[v]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != v);
            var isCycle = component.Count > 1 || (outgoing.GetValueOrDefault(v)?.Contains(v) ?? false);
            if (!isCycle) return;
            if (component.Any(id => registrations.TryGetValue(id, out var r) && r.Descriptor.Waits)) return;
            var ordered = flow.Nodes.Select(n => n.Id).Where(component.Contains).ToList();
            var first = ordered[0];
            var position = flow.Nodes.ToList().FindIndex(n => n.Id == first);
            problems.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.BusyLoop, $"$.nodes[{position}]", first,
                $"The loop through {string.Join(" -> ", ordered)} has no waiting activity (Delay, Gather, Wait for Callback…); it will run until the instance's step limit stops it."));
        }

        foreach (var node in flow.Nodes)
        {
            if (!string.IsNullOrEmpty(node.Id) && !indices.ContainsKey(node.Id)) Connect(node.Id);
        }
    }
}
