using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;

namespace FlowBuilder.Server.Billing;

/// <summary>Checks a payer: a name of 200 characters at most, one e-mail address, at most 8 address lines, a tax id of 50 at most.</summary>
internal static class PayerRules
{
    public static BillingPayer? Build(PayerBody body, ValidationErrors errors)
    {
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "name is missing. Give the payer's name as invoices should show it, e.g. \"Acme Holding GmbH\".");
        else if (name.Length > 200) errors.Add("name", "name is longer than 200 characters.");
        var email = string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
            errors.Add("email", $"email '{email}' is not an e-mail address. Write one address, e.g. billing@example.com, or leave it out.");
        var address = (body.Address ?? []).Select(line => line?.Trim() ?? "").Where(line => line.Length > 0).ToList();
        if (address.Count > CompanyEndpoints.MaxAddressLines)
            errors.Add("address", $"address has {address.Count} lines; invoices print at most {CompanyEndpoints.MaxAddressLines}.");
        if (address.Any(line => line.Length > 200)) errors.Add("address", "An address line is longer than 200 characters.");
        var taxId = string.IsNullOrWhiteSpace(body.TaxId) ? null : body.TaxId.Trim();
        if (taxId is { Length: > 50 }) errors.Add("taxId", "taxId is longer than 50 characters.");
        return errors.Any ? null : new BillingPayer(name!, email, address, taxId);
    }
}
