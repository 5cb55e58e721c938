using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Click-to-call end to end: requests made through the public endpoint, dialled by the real server over SIP to SIPp playing
/// the clients and operators (uas-click-to-call.xml: by the dialled number's last digit 0-5 answer and talk ~10 s, 6-7 busy,
/// 8-9 ring), bridged with RTP both ways; then what the company sees: the request view with its legs' CDRs, the CSV export
/// and the PDF invoice read back with pdftotext. Every number is the test's own (the per-number limit is 3 an hour).
/// </summary>
[Collection(SippCollection.Name)]
public sealed class ClickToCallInteropTests(ClickToCallHost host) : IClassFixture<ClickToCallHost>
{
    private const string AnsweringOperator = "+12025550201";
    private const string BusyOperator = "+12025550266";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task ClientAnswers_HearsTheMessage_OperatorAnswers_BridgedWithAudioBothWays_Completed_AtThePrice()
    {
        var (campaignId, key) = await host.CampaignAsync("Completed", AnsweringOperator);
        const string client = "+12025550110";

        var id = await host.RequestAsync(key, client);

        // Bridged: both legs up and each relays well over 2 s of the other's audio (SIPp plays µ-law on both).
        var control = host.Control;
        await Eventually.HoldsAsync(() => control.ActiveCallIds() is { Count: 2 } legs && legs.All(l => control.BridgeCounters(l)?.RelayedPackets > 100),
            () => string.Join(", ", control.ActiveCallIds().Select(l => $"{l}: {control.BridgeCounters(l)}")) + Environment.NewLine + host.Sipp.Diagnostics(), Step);
        var request = await host.RequestWhenAsync(id, "completed");

        CampaignApi.Text(request, "campaignId").ShouldBe(campaignId);
        (request["attempts"]!.GetValue<int>(), request["price"]!.GetValue<decimal>(), CampaignApi.Text(request, "currency")).ShouldBe((1, 0.50m, "EUR"), request.ToJsonString());
        request["talkSeconds"]!.GetValue<double>().ShouldBeGreaterThan(0, request.ToJsonString());
        var legs = request["legs"]!.AsArray().Select(l => l!).ToList();
        legs.Select(l => CampaignApi.Text(l, "side")).ShouldBe(["client", "company"], ignoreOrder: true, request.ToJsonString());
        foreach (var leg in legs)
        {
            CampaignApi.Text(leg, "outcome").ShouldBe("answered", leg.ToJsonString());
            var cdr = leg["cdr"]!;
            (CampaignApi.Text(cdr, "callId"), CampaignApi.Text(cdr, "disposition")).ShouldBe((CampaignApi.Text(leg, "callId"), "answered"), leg.ToJsonString());
            cdr["billableSeconds"]!.GetValue<int>().ShouldBeGreaterThan(0, leg.ToJsonString());
        }
        legs.Select(l => CampaignApi.Text(l, "callId")).Distinct().Count().ShouldBe(2);
        CampaignApi.Text(legs.Single(l => CampaignApi.Text(l, "side") == "client"), "number").ShouldBe(client);
        CampaignApi.Text(legs.Single(l => CampaignApi.Text(l, "side") == "company"), "number").ShouldBe(AnsweringOperator);

        // The client heard the campaign's message before the operator was rung: the flow's journal says so.
        var clientCallId = CampaignApi.Text(legs.Single(l => CampaignApi.Text(l, "side") == "client"), "callId");
        var record = host.Records.Single(r => r.CallId == clientCallId);
        (record.To, record.Disposition).ShouldBe((client, CallDisposition.Answered));
        var journal = await host.Server.JournalAsync(record.InstanceId.ShouldNotBeNull(), Step);
        journal.Select(e => e.Node).ShouldContain("say-client");
        journal.FindIndex(e => e.Node == "say-client").ShouldBeLessThan(journal.FindIndex(e => e.Node == "connectOperator"));
        journal.Single(e => e.Node == "say-client").Outcome.ShouldBe("done");
    }

    [Fact]
    public async Task ClientBusy_RedialledOnceAfterThePause_NoCompanyLeg_FailedCallingClient()
    {
        var (_, key) = await host.CampaignAsync("Busy client", AnsweringOperator);
        const string client = "+12025550156";

        var id = await host.RequestAsync(key, client);
        var request = await host.RequestWhenAsync(id, "failedCallingClient");

        request["attempts"]!.GetValue<int>().ShouldBe(2, request.ToJsonString());
        request["price"].ShouldBeNull();
        var legs = request["legs"]!.AsArray().Select(l => l!).OrderBy(l => l["attempt"]!.GetValue<int>()).ToList();
        legs.Select(l => (CampaignApi.Text(l, "side"), CampaignApi.Text(l, "outcome"), l["sipStatus"]!.GetValue<int>(), l["attempt"]!.GetValue<int>()))
            .ShouldBe([("client", "busy", 486, 1), ("client", "busy", 486, 2)], request.ToJsonString());
        (CampaignApi.Time(legs[1], "startedAt") - CampaignApi.Time(legs[0], "startedAt")).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "the campaign's pause");
        var dialled = host.Records.Where(r => r.To == client).ToList();
        dialled.Select(r => (r.Direction, r.SipStatus, r.Disposition)).ShouldBe([(CallDirection.Outbound, 486, CallDisposition.Busy), (CallDirection.Outbound, 486, CallDisposition.Busy)]);
        host.Records.ShouldNotContain(r => r.InstanceId != null && dialled.Select(d => d.InstanceId).Contains(r.InstanceId) && r.To != client, "no operator was dialled");
        await Eventually.HoldsAsync(() => Invites(client) == 2, () => $"{Invites(client)} INVITEs to {client} in SIPp's trace", Step);
    }

    [Fact]
    public async Task DestinationWithoutARate_Refused422NamingTheNumber_NothingDialled()
    {
        var (campaignId, key) = await host.CampaignAsync("Refused destination", AnsweringOperator);
        const string london = "+442079460123";

        using var response = await host.Http.PostAsync($"/api/public/click-to-call/{key}/requests",
            System.Net.Http.Json.JsonContent.Create(new { phone = london, consent = true }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((int)response.StatusCode, CampaignApi.Text(body, "code"), CampaignApi.Text(body, "field")).ShouldBe((422, "destination_not_allowed", "phone"), body.ToJsonString());
        CampaignApi.Text(body, "message").ShouldContain(london);
        var stored = await CampaignApi.SendAsync(host.Http, HttpMethod.Get, $"/api/click-to-call/requests?campaignId={campaignId}", null, 200);
        stored["total"]!.GetValue<int>().ShouldBe(0, "a refused request is not stored, so nothing can dial it");
        host.Records.ShouldNotContain(r => r.To.Contains("442079460123", StringComparison.Ordinal));
        Invites(london).ShouldBe(0);
    }

    [Fact]
    public async Task OperatorBusy_FailedCallingCompany_CallBackWithAnsweringOperator_CompanyLegFirst_ThenClient_Completed()
    {
        var (_, key) = await host.CampaignAsync("Call back", BusyOperator);
        const string client = "+12025550120";
        var id = await host.RequestAsync(key, client);
        var failed = await host.RequestWhenAsync(id, "failedCallingCompany");
        failed["legs"]!.AsArray().Select(l => (CampaignApi.Text(l!, "side"), CampaignApi.Text(l!, "outcome")))
            .ShouldBe([("client", "answered"), ("company", "busy")], ignoreOrder: true, failed.ToJsonString());

        await CampaignApi.SendAsync(host.Http, HttpMethod.Post, $"/api/click-to-call/requests/{id}/callback", new { @operator = AnsweringOperator }, 202);
        var completed = await host.RequestWhenAsync(id, "completed");

        completed["attempts"]!.GetValue<int>().ShouldBe(2, completed.ToJsonString());
        CampaignApi.Text(completed, "firstLeg").ShouldBe("company");
        var second = completed["legs"]!.AsArray().Select(l => l!).Where(l => l["attempt"]!.GetValue<int>() == 2).ToList();
        var company = second.Single(l => CampaignApi.Text(l, "side") == "company");
        var clientLeg = second.Single(l => CampaignApi.Text(l, "side") == "client");
        (CampaignApi.Text(company, "number"), CampaignApi.Text(company, "outcome")).ShouldBe((AnsweringOperator, "answered"), completed.ToJsonString());
        (CampaignApi.Text(clientLeg, "number"), CampaignApi.Text(clientLeg, "outcome")).ShouldBe((client, "answered"), completed.ToJsonString());
        CampaignApi.Time(company, "startedAt").ShouldBeLessThan(CampaignApi.Time(clientLeg, "startedAt"), "the company leg is placed first");
        var cdrs = new[] { company, clientLeg }.Select(l => host.Records.Single(r => r.CallId == CampaignApi.Text(l, "callId"))).ToList();
        cdrs.ShouldAllBe(r => r.Disposition == CallDisposition.Answered);
        cdrs[0].StartedAt.ShouldBeLessThan(cdrs[1].StartedAt, "our SIP stack sent the operator's INVITE first");
        (completed["price"]!.GetValue<decimal>(), completed["talkSeconds"]!.GetValue<double>() > 0).ShouldBe((0.50m, true), completed.ToJsonString());
    }

    [Fact]
    public async Task CsvExport_OneRowPerRequest_WithStatusLabels_LegOutcomes_AndPrice()
    {
        var (campaignId, key) = await host.CampaignAsync("CSV export", AnsweringOperator);
        const string answers = "+12025550130", busy = "+12025550137";
        var completedId = await host.RequestAsync(key, answers);
        var failedId = await host.RequestAsync(key, busy);
        await host.RequestWhenAsync(failedId, "failedCallingClient");
        var completed = await host.RequestWhenAsync(completedId, "completed");

        using var response = await host.Http.GetAsync($"/api/click-to-call/requests.csv?campaignId={campaignId}");
        ((int)response.StatusCode).ShouldBe(200);
        var rows = Csv(await response.Content.ReadAsStringAsync());

        rows[0].ShouldBe(["id", "campaign", "created", "client", "direction", "status", "attempts", "firstLeg", "clientLegOutcome", "clientCallId",
            "clientAnsweredAt", "companyLegOutcome", "companyCallId", "companyAnsweredBy", "talkSeconds", "price", "currency", "reason", "comments"]);
        rows.Count.ShouldBe(3, string.Join(Environment.NewLine, rows.Select(r => string.Join(",", r))));
        var header = rows[0].ToList();
        string Cell(IReadOnlyList<string> row, string name) => row[header.IndexOf(name)];
        var done = rows.Single(r => r[0] == completedId);
        var failed = rows.Single(r => r[0] == failedId);
        (Cell(done, "campaign"), Cell(done, "client"), Cell(done, "status"), Cell(done, "attempts"), Cell(done, "clientLegOutcome"), Cell(done, "companyLegOutcome"),
            Cell(done, "price"), Cell(done, "currency")).ShouldBe(("CSV export", answers, "COMPLETED", "1", "answered", "answered", "0.50", "EUR"), string.Join(",", done));
        var legs = completed["legs"]!.AsArray();
        Cell(done, "clientCallId").ShouldBe(CampaignApi.Text(legs.Single(l => CampaignApi.Text(l!, "side") == "client")!, "callId"));
        Cell(done, "companyCallId").ShouldBe(CampaignApi.Text(legs.Single(l => CampaignApi.Text(l!, "side") == "company")!, "callId"));
        double.Parse(Cell(done, "talkSeconds"), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (Cell(failed, "client"), Cell(failed, "status"), Cell(failed, "attempts"), Cell(failed, "clientLegOutcome"), Cell(failed, "companyLegOutcome"), Cell(failed, "price"))
            .ShouldBe((busy, "FAILED CALLING CLIENT", "2", "busy", "", ""), string.Join(",", failed));
    }

    [Fact]
    public async Task Invoice_ForToday_PdfTextHoldsTheCompletedTotal_AndTheInvoiceNumber()
    {
        var (campaignId, key) = await host.CampaignAsync("Invoiced", AnsweringOperator);
        var ids = new[] { await host.RequestAsync(key, "+12025550140"), await host.RequestAsync(key, "+12025550141") };
        foreach (var id in ids) await host.RequestWhenAsync(id, "completed");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (from, to) = (today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        using var response = await host.Http.GetAsync($"/api/click-to-call/invoice.pdf?from={from}&to={to}&campaignId={campaignId}");
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var number = $"CTC-{today:yyyyMMdd}-{today.AddDays(1):yyyyMMdd}";
        (response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName).ShouldBe($"invoice-{number}.pdf");
        var text = await PdfTextAsync(await response.Content.ReadAsByteArrayAsync());

        text.ShouldContain(number);
        text.ShouldContain("Click-to-call 'Invoiced': completed requests");
        text.ShouldContain("Total: 1.00 EUR");
    }

    private int Invites(string number) => Regex.Count(host.Sipp.MessageTrace(), $@"^INVITE sip:{Regex.Escape(number)}@", RegexOptions.Multiline);

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"interop-invoice-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-layout", path, "-" }) info.ArgumentList.Add(argument);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install -y poppler-utils).");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            process.ExitCode.ShouldBe(0, await error);
            return await output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
