using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// A campaign run through the API by the real server against SIPp as the callees (uas-campaign-callee.xml: by the dialled
/// number's last digit 0-5 answer, 6-7 busy, 8-9 ring until cancelled), checking every contact's attempts and dispositions,
/// the statistics, the exports, the concurrency limit, and that do-not-call and blacklisted numbers are never dialled.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class CampaignInteropTests
{
    private const int Contacts = 20;
    private const int MaxCalls = 3;
    private const string DoNotCallPhone = "+12025550300";
    private const string BlockedPhone = "+12025550311";
    private const string LondonPrefix = "+44207946000";
    private const string TokyoPrefix = "+8131234567";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task AutoInformerAgainstSipp_EveryContactGetsTheAttemptsItsDigitDictates_StatisticsAndExportsAgree_LimitHeld_ListedNumbersNeverDialled()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-campaign-callee.xml"), "-timeout", "180s");
        var settings = new Dictionary<string, string>(FlowServer.RtpPorts(34200))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "sipp",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = sipp.Port.ToString(CultureInfo.InvariantCulture),
            ["FlowBuilder:Sip:Trunks:0:CallerId"] = "+18005550199",
        };
        await using var server = await FlowServer.StartAsync(settings);
        var dialled = new ConcurrentBag<CallDetailRecord>();
        server.Services.GetRequiredService<SipCallControl>().CallRecorded += record =>
        {
            if (record.Direction == CallDirection.Outbound) dialled.Add(record);
        };
        var http = server.Http;
        await server.PublishAsync(CampaignApi.SayAndResultFlow("campaign-say"));
        var csv = new StringBuilder("phone,name,buys\n");
        for (var i = 0; i < Contacts; i++) csv.Append(CultureInfo.InvariantCulture, $"{Phone(i)},Contact {i},{(Digit(Phone(i)) is 0 or 2 or 4 ? "yes" : "no")}\n");
        csv.Append(CultureInfo.InvariantCulture, $"{DoNotCallPhone},Do not call,yes\n{BlockedPhone},Blocked,yes\n");
        var groupId = await CampaignApi.GroupFromCsvAsync(http, "Interop callees", csv.ToString());
        await CampaignApi.SendAsync(http, HttpMethod.Post, "/api/do-not-call", new { phone = DoNotCallPhone }, 201);
        await CampaignApi.SendAsync(http, HttpMethod.Put, $"/api/caller-lists/blocked/{Uri.EscapeDataString(BlockedPhone)}", new { note = "interop" }, 201);
        var created = await CampaignApi.SendAsync(http, HttpMethod.Post, "/api/campaigns",
            CampaignApi.AutoInformer("Interop campaign", "campaign-say", groupId, MaxCalls, ringSeconds: 5), 201);
        var id = CampaignApi.Text(created, "id");

        await CampaignApi.SendAsync(http, HttpMethod.Post, $"/api/campaigns/{id}/start", null, 200);
        var finished = await CampaignApi.PollAsync(http, $"/api/campaigns/{id}", c => CampaignApi.Text(c, "status") == "completed", RunTimeout);

        var contacts = await CampaignApi.ContactsAsync(http, id);
        var attempts = await CampaignApi.AttemptsAsync(http, id);
        contacts.Count.ShouldBe(Contacts + 2);
        foreach (var contact in contacts)
        {
            var phone = CampaignApi.Text(contact, "phone");
            var own = attempts.Where(a => CampaignApi.Text(a, "contactId") == CampaignApi.Text(contact, "contactId")).OrderBy(a => a["number"]!.GetValue<int>()).ToList();
            if (phone is DoNotCallPhone or BlockedPhone)
            {
                (CampaignApi.Text(contact, "state"), CampaignApi.Text(contact, "reason"), own.Count)
                    .ShouldBe(("skipped", phone == DoNotCallPhone ? "do-not-call" : "blacklisted", 0), phone);
                continue;
            }
            var (disposition, count) = Expected(phone);
            var why = $"{phone}: {string.Join(", ", own.Select(a => a.ToJsonString()))}";
            (CampaignApi.Text(contact, "state"), contact["attempts"]!.GetValue<int>(), CampaignApi.Text(contact, "lastDisposition")).ShouldBe(("done", count, disposition), why);
            own.Select(a => a["number"]!.GetValue<int>()).ShouldBe(Enumerable.Range(1, count), why);
            own.ShouldAllBe(a => CampaignApi.Text(a, "disposition") == disposition, why);
            own.ShouldAllBe(a => CampaignApi.Text(a, "phone") == phone, why);
            if (disposition == "busy") own.ShouldAllBe(a => a["sipStatus"]!.GetValue<int>() == 486, why);
            var converts = Digit(phone) is 0 or 2 or 4;
            contact["converted"]!.GetValue<bool>().ShouldBe(disposition == "answered" && converts, why);
            if (disposition == "answered") contact["result"]!.GetValue<string>().ShouldBe(converts ? "converted" : "declined", why);
            var history = (await CampaignApi.SendAsync(http, HttpMethod.Get, $"/api/campaigns/{id}/contacts/{CampaignApi.Text(contact, "contactId")}/attempts", null, 200)).AsArray();
            history.Select(a => CampaignApi.Text(a!, "id")).Order(StringComparer.Ordinal).ShouldBe(own.Select(a => CampaignApi.Text(a, "id")).Order(StringComparer.Ordinal), why);
        }

        // By hand: 20 dialled contacts, digits 0-9 twice each: 12 answer (6 of them buy: digits 0, 2, 4), 4 busy twice, 4 no answer twice.
        const int answered = 12, busy = 8, noAnswer = 8, attemptsMade = answered + busy + noAnswer, reached = 12, converted = 6, all = Contacts + 2;
        attempts.Count.ShouldBe(attemptsMade);
        var statistics = await CampaignApi.SendAsync(http, HttpMethod.Get, $"/api/campaigns/{id}/statistics", null, 200);
        var counts = statistics["counts"]!;
        string[] names = ["contacts", "done", "skipped", "dialledContacts", "reachedContacts", "convertedContacts", "attempts", "answered", "busy", "noAnswer", "failed", "abandoned", "interrupted", "inProgress"];
        names.Select(n => counts[n]!.GetValue<long>()).ShouldBe([all, Contacts, 2, Contacts, reached, converted, attemptsMade, answered, busy, noAnswer, 0, 0, 0, 0], counts.ToJsonString());
        Rates(statistics).ShouldBe(new[] { (double)answered / attemptsMade, 0, (double)converted / reached, (double)reached / all, (double)Contacts / all,
            (double)reached / Contacts, (double)converted / reached, (double)converted / all }, tolerance: 1e-9);
        statistics["averageTalkSeconds"]!.GetValue<double>().ShouldBeGreaterThan(0);
        finished["counts"]!["attempts"]!.GetValue<long>().ShouldBe(attemptsMade);

        CampaignApi.MaxOverlap(attempts).ShouldBeLessThanOrEqualTo(MaxCalls, "the campaign's limit of calls in progress");
        CampaignApi.MaxOverlap(attempts).ShouldBeGreaterThan(1, "calls did run side by side");
        await CheckResultsCsvAsync(http, id, contacts);
        await Eventually.HoldsAsync(() => dialled.Count == attemptsMade, () => $"{dialled.Count} outbound CDRs", TimeSpan.FromSeconds(10));
        dialled.Select(r => r.To).ShouldNotContain(DoNotCallPhone);
        dialled.Select(r => r.To).ShouldNotContain(BlockedPhone);
        await sipp.DisposeAsync();
    }

    [Fact]
    public async Task CallingHoursClosedInOneZone_ThoseContactsAreNeverDialled_AndWaitForTheirNextWindowStart()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-campaign-callee.xml"), "-timeout", "120s");
        var settings = new Dictionary<string, string>(FlowServer.RtpPorts(34400))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "sipp",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = sipp.Port.ToString(CultureInfo.InvariantCulture),
        };
        await using var server = await FlowServer.StartAsync(settings);
        var http = server.Http;
        await server.PublishAsync(CampaignApi.SayAndResultFlow("campaign-hours"));
        // Zones come from the numbers (the importer maps a number to its zone): London (+44 20) and Tokyo (+81 3). The window is
        // around the current hour in London: open there, closed in Tokyo (8 or 9 hours ahead) at any time of day.
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var now = DateTimeOffset.UtcNow;
        var hour = TimeZoneInfo.ConvertTime(now, london).Hour;
        var from = new TimeOnly(Math.Max(0, hour - 1), 0);
        var to = hour <= 21 ? new TimeOnly(hour + 2, 0) : new TimeOnly(23, 59);
        var csv = new StringBuilder("phone\n");
        for (var i = 0; i < 4; i++) csv.Append(CultureInfo.InvariantCulture, $"{LondonPrefix}{i}\n{TokyoPrefix}{i}\n");
        var groupId = await CampaignApi.GroupFromCsvAsync(http, "Two zones", csv.ToString());
        var body = CampaignApi.AutoInformer("Calling hours", "campaign-hours", groupId, MaxCalls, ringSeconds: 5);
        body["schedule"] = new JsonObject { ["from"] = from.ToString("HH:mm", CultureInfo.InvariantCulture), ["to"] = to.ToString("HH:mm", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" };
        var id = CampaignApi.Text(await CampaignApi.SendAsync(http, HttpMethod.Post, "/api/campaigns", body, 201), "id");

        await CampaignApi.SendAsync(http, HttpMethod.Post, $"/api/campaigns/{id}/start", null, 200);
        var contacts = await PollContactsAsync(http, id, c => CampaignApi.Text(c, "phone").StartsWith(LondonPrefix, StringComparison.Ordinal)
            ? CampaignApi.Text(c, "state") == "done"
            : CampaignApi.Text(c, "reason") == "outside-hours");

        var attempts = await CampaignApi.AttemptsAsync(http, id);
        attempts.Count.ShouldBe(4);
        attempts.ShouldAllBe(a => CampaignApi.Text(a, "phone").StartsWith(LondonPrefix, StringComparison.Ordinal), "only the London contacts are dialled");
        foreach (var attempt in attempts)
        {
            var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(CampaignApi.Time(attempt, "startedAt"), london).DateTime);
            local.IsBetween(from, to).ShouldBeTrue($"{local} is inside {from}-{to} London time");
        }
        var localNow = TimeZoneInfo.ConvertTime(now, tokyo);
        var opens = new DateTimeOffset(localNow.Date + from.ToTimeSpan(), tokyo.BaseUtcOffset);
        if (opens <= localNow) opens = opens.AddDays(1);
        foreach (var contact in contacts.Where(c => CampaignApi.Text(c, "phone").StartsWith(TokyoPrefix, StringComparison.Ordinal)))
        {
            (CampaignApi.Text(contact, "state"), contact["attempts"]!.GetValue<int>()).ShouldBe(("waiting", 0), contact.ToJsonString());
            CampaignApi.Time(contact, "nextAttemptAt").ShouldBe(opens, contact.ToJsonString());
        }
        var campaign = await CampaignApi.SendAsync(http, HttpMethod.Get, $"/api/campaigns/{id}", null, 200);
        CampaignApi.Text(campaign, "status").ShouldBe("active", "the Tokyo contacts still wait for their window");
    }

    private static async Task<List<JsonNode>> PollContactsAsync(HttpClient http, string id, Func<JsonNode, bool> settled)
    {
        using var deadline = new CancellationTokenSource(RunTimeout);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (true)
        {
            var contacts = await CampaignApi.ContactsAsync(http, id);
            if (contacts.All(settled)) return contacts;
            if (!await timer.WaitForNextTickAsync(deadline.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
                throw new TimeoutException($"The contacts did not settle within {RunTimeout.TotalSeconds} s: {string.Join(", ", contacts.Select(c => c.ToJsonString()))}");
        }
    }

    private static async Task CheckResultsCsvAsync(HttpClient http, string id, List<JsonNode> contacts)
    {
        using var response = await http.GetAsync($"/api/campaigns/{id}/results.csv");
        ((int)response.StatusCode).ShouldBe(200);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("phone,name,state,attempts,lastDisposition,result,converted,operatorDisposition,notes");
        lines.Length.ShouldBe(contacts.Count + 1);
        foreach (var contact in contacts)
        {
            var phone = CampaignApi.Text(contact, "phone");
            var line = lines.Single(l => l.StartsWith(phone + ",", StringComparison.Ordinal));
            if (phone is DoNotCallPhone or BlockedPhone)
            {
                line.ShouldStartWith($"{phone},{CampaignApi.Text(contact, "name")},skipped,0,,,false");
                continue;
            }
            var (disposition, count) = Expected(phone);
            var converts = disposition == "answered" && Digit(phone) is 0 or 2 or 4;
            line.ShouldStartWith($"{phone},{CampaignApi.Text(contact, "name")},done,{count},{disposition},", Case.Sensitive, line);
            line.ShouldEndWith($",{(converts ? "true" : "false")},,", Case.Sensitive, line);
            if (disposition == "answered") line.ShouldContain(converts ? "converted" : "declined");
        }
    }

    private static double[] Rates(JsonNode statistics) =>
        new[] { "successRate", "abandonmentRate", "conversionRate", "reachability", "k1", "k2", "k3", "k4" }.Select(n => statistics[n]!.GetValue<double>()).ToArray();

    private static (string Disposition, int Attempts) Expected(string phone) => Digit(phone) switch
    {
        <= 5 => ("answered", 1),
        <= 7 => ("busy", 2),
        _ => ("noAnswer", 2),
    };

    private static string Phone(int i) => "+120255501" + i.ToString("00", CultureInfo.InvariantCulture);

    private static int Digit(string phone) => phone[^1] - '0';
}
