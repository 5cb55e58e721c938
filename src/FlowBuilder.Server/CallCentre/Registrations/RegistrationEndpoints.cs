using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Companies;
using FlowBuilder.Telephony.Calls;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.CallCentre.Registrations;

internal static class RegistrationEndpoints
{
    /// <summary>The company's extensions' live contacts; empty when SIP is off (nothing can register).</summary>
    public static async Task<IResult> ListAsync(
        [FromServices] IServiceProvider services, [FromServices] IExtensionStore extensions, [FromServices] ICompanyContext company, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (services.GetService<SipCallControl>()?.Registrar is not { } registrar) return TypedResults.Ok(Array.Empty<RegistrationView>());
        var own = (await extensions.ListAsync(company.CompanyId, cancellationToken)).Select(e => e.Number).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var views = registrar.Snapshot()
            .Where(r => own.Contains(r.Number))
            .SelectMany(r => r.Contacts)
            .OrderBy(c => c.Number, StringComparer.Ordinal)
            .Select(c => new RegistrationView(c.Number, c.Uri.ToString(), c.Source.ToString(), c.Transport, c.RegisteredAt, c.ExpiresAt, c.ExpiresIn(now), c.UserAgent))
            .ToList();
        return TypedResults.Ok(views);
    }
}
