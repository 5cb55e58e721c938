namespace FlowBuilder.Engine.CallCentre;

/// <summary>Extensions (or outside numbers) rung together (<see cref="GroupRingMode.Simultaneous"/>) or one after another.</summary>
/// <param name="Name">Unique per company; targets name it as <c>group:Name</c>.</param>
/// <param name="Number">An internal number that dials the group from an extension; null for none. Unique on the server like extensions.</param>
/// <param name="Members">Call targets in ring order.</param>
/// <param name="RingSeconds">How long each member rings (sequential) or the group rings (simultaneous).</param>
public sealed record ExtensionGroup(string CompanyId, string Name, IReadOnlyList<string> Members, GroupRingMode RingMode = GroupRingMode.Simultaneous, int RingSeconds = 20, string? Number = null);
