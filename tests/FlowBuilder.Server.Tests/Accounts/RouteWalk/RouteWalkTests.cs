using FlowBuilder.Engine.Accounts;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>
/// Walks every route as nobody, as each role of company A (API keys, and one cookie session) and as company B's Admin, and
/// checks that refusals are exact, nothing of A shows to B, and nothing of A changes until the permitted writes run last.
/// </summary>
public sealed class RouteWalkTests : IAsyncLifetime
{
    private readonly AccountsApiFactory _factory = new();
    private readonly List<HttpClient> _clients = [];
    private WalkSeed _seed = null!;
    private IReadOnlyList<WalkEndpoint> _endpoints = [];

    public async Task InitializeAsync()
    {
        _seed = await WalkSeed.CreateAsync(_factory);
        _endpoints = WalkEndpoint.All(_factory.Services);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public void EveryEndpoint_HasASample_AndOnlyTheContractsPublicSetIsAnonymous()
    {
        var unsampled = _endpoints.Where(e => e.Permission is not null && !WalkSamples.ByKey.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        var ungoverned = _endpoints.Where(e => e.Permission is null && !e.Anonymous).Select(e => e.Key).ToList();
        var anonymous = _endpoints.Where(e => e.Anonymous).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var stale = WalkSamples.ByKey.Keys.Where(key => !_endpoints.Any(e => e.Key == key)).ToList();

        unsampled.ShouldBeEmpty("These endpoints have no sample in WalkSamples (add one so the route walk covers them)");
        ungoverned.ShouldBeEmpty("These endpoints declare neither a permission nor AllowAnonymous");
        stale.ShouldBeEmpty("WalkSamples has lines for routes the server no longer has");
        anonymous.Except(WalkSamples.Public).Order(StringComparer.Ordinal).ShouldBeEmpty("Anonymous endpoints the contract does not list as public");
        WalkSamples.Public.Except(anonymous).Order(StringComparer.Ordinal).ShouldBeEmpty("Public endpoints of the contract that are not AllowAnonymous");
    }

    [Fact]
    public async Task EveryRoute_AsEveryCaller_RefusesExactly_LeaksNothing_ChangesNothing()
    {
        var ids = _seed.Ids;
        var walk = new WalkRequests(ids);
        var walked = _endpoints.Where(e => e.Permission is not null && WalkSamples.ByKey.ContainsKey(e.Key)).ToList();
        using var system = _factory.SystemAdministrator();
        var before = await WalkSnapshot.TakeAsync(system, walked, ids);

        await WalkAnonymousAsync(walk, walked);
        var callers = await RoleCallersAsync();
        foreach (var caller in callers) await WalkRoleAsync(walk, caller, walked, writes: false);
        await WalkOtherCompanyAsync(walk, walked);

        var after = await WalkSnapshot.TakeAsync(system, walked, ids);
        foreach (var (url, answer) in before)
            if (!after.TryGetValue(url, out var now) || now != answer)
                walk.Failures.Add($"snapshot: GET {url} changed during the walk:\n  before {Shorten(answer)}\n  after  {Shorten(now ?? "(missing)")}");

        foreach (var caller in callers) await WalkRoleAsync(walk, caller, walked.Where(e => e.Method != "DELETE").ToList(), writes: true);
        foreach (var caller in callers) await WalkRoleAsync(walk, caller, walked.Where(e => e.Method == "DELETE").ToList(), writes: true);

        var report = string.Join("\n", walk.Failures);
        var skipped = _seed.Skipped.Count == 0 ? "" : "\nNot seeded: " + string.Join("\n  ", _seed.Skipped);
        walk.Failures.ShouldBeEmpty($"{walk.Failures.Count} unexpected answers:\n{report}{skipped}");
        _seed.Skipped.ShouldBeEmpty("Company A lacks these resources, so their routes were walked with ids nobody has");
    }

    private async Task WalkAnonymousAsync(WalkRequests walk, IReadOnlyList<WalkEndpoint> walked)
    {
        var anonymous = new WalkCaller("anonymous", Track(_factory.CreateClient()), null);
        foreach (var endpoint in walked)
        {
            var (status, body) = await walk.SendAsync(anonymous, endpoint);
            if (status != 401) walk.Fail(anonymous, endpoint, status, "401", body);
        }

        foreach (var key in WalkSamples.SignedInOnly.Keys)
        {
            var endpoint = _endpoints.Single(e => e.Key == key);
            var (status, body) = await walk.SendAsync(anonymous, endpoint);
            if (status != 401) walk.Fail(anonymous, endpoint, status, "401", body);
        }
    }

    private async Task<IReadOnlyList<WalkCaller>> RoleCallersAsync()
    {
        var callers = new List<WalkCaller>();
        foreach (var (role, name) in new[] { (Role.Viewer, "viewer"), (Role.Operator, "operator"), (Role.Manager, "manager"), (Role.Admin, "admin") })
        {
            callers.Add(new WalkCaller($"A {name} key", Track(AccountsApiFactory.WithKey(_factory.CreateClient(), _seed.KeysA[name])), role));
        }

        callers.Add(new WalkCaller("A operator session", Track(await _seed.SignInAsync(_seed.EmailsA["operator"])), Role.Operator));
        return callers;
    }

    /// <summary>Refused calls (and permitted reads) when <paramref name="writes"/> is false; the permitted writes when true.</summary>
    private static async Task WalkRoleAsync(WalkRequests walk, WalkCaller caller, IReadOnlyList<WalkEndpoint> walked, bool writes)
    {
        foreach (var endpoint in walked)
        {
            var allowed = caller.Has(endpoint.Permission!.Value);
            if (writes != (allowed && !endpoint.IsRead)) continue;
            var (status, body) = await walk.SendAsync(caller, endpoint);
            if (!allowed)
            {
                if (status != 403) walk.Fail(caller, endpoint, status, $"403 (lacks {PermissionNames.Of(endpoint.Permission.Value)})", body);
            }
            else if (status is 401 or 403)
            {
                walk.Fail(caller, endpoint, status, $"no refusal (has {PermissionNames.Of(endpoint.Permission.Value)})", body);
            }
            else if (endpoint.IsRead && (status < 200 || status > 299) && (WalkRequests.Sample(endpoint).IsSeeded(walk.Ids) || status != 404))
            {
                walk.Fail(caller, endpoint, status, "2xx", body);
            }
        }
    }

    private async Task WalkOtherCompanyAsync(WalkRequests walk, IReadOnlyList<WalkEndpoint> walked)
    {
        var b = new WalkCaller("B admin key", Track(AccountsApiFactory.WithKey(_factory.CreateClient(), _seed.KeyB)), Role.Admin);
        var ordered = walked.OrderBy(e => e.IsRead ? 0 : WalkRequests.Sample(e).NameKeyed ? 2 : 1).ToList();
        foreach (var endpoint in ordered)
        {
            var sample = WalkRequests.Sample(endpoint);
            var addressesA = sample.AddressesA;
            if (endpoint.Permission == Permission.System)
            {
                var (refused, text) = await walk.SendAsync(b, endpoint);
                if (refused != 403) walk.Fail(b, endpoint, refused, "403 (system route)", text);
                continue;
            }

            if (!endpoint.IsRead && !addressesA) continue; // creates B's own resource: nothing of A addressed
            var (status, body) = await walk.SendAsync(b, endpoint);
            var sent = Uri.UnescapeDataString(sample.Resolve(_seed.Ids)) + " " + sample.BodyText(_seed.Ids);
            foreach (var token in _seed.Tokens.Where(token => body.Contains(token, StringComparison.OrdinalIgnoreCase) && !sent.Contains(token, StringComparison.OrdinalIgnoreCase)))
                walk.Fail(b, endpoint, status, $"no trace of A (found '{token}')", body);
            if (!addressesA || sample.NameKeyed) continue;
            if (endpoint.IsRead)
            {
                if (status != 404) walk.Fail(b, endpoint, status, "404 (A's resource)", body);
                continue;
            }

            var (unknown, unknownBody) = await walk.SendAsync(b, endpoint, missing: true);
            if (status is >= 200 and < 300 || status != unknown)
                walk.Fail(b, endpoint, status, $"the answer to an id nobody has ({unknown}: {Shorten(unknownBody)})", body);
        }
    }

    private HttpClient Track(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
