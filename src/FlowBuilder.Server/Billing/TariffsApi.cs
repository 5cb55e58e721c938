using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Billing;

internal static class TariffsApi
{
    public static IEndpointRouteBuilder MapTariffsApi(this IEndpointRouteBuilder endpoints)
    {
        var tariffs = endpoints.MapGroup("/api/tariffs").WithTags("Tariffs")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        tariffs.MapGet("/", TariffEndpoints.ListAsync).WithName("ListTariffs").WithSummary("The company's tariffs by name, with how many rates each has.").RequirePermission(Permission.BillingRead);
        tariffs.MapPost("/", TariffEndpoints.CreateAsync).WithName("CreateTariff").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequirePermission(Permission.System);
        tariffs.MapGet("/{id}", TariffEndpoints.GetAsync).WithName("GetTariff").RequirePermission(Permission.BillingRead);
        tariffs.MapPut("/{id}", TariffEndpoints.UpdateAsync).WithName("UpdateTariff").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequirePermission(Permission.System);
        tariffs.MapDelete("/{id}", TariffEndpoints.DeleteAsync).WithName("DeleteTariff").ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(Permission.System);
        tariffs.MapPost("/{id}/rates.csv", TariffEndpoints.UploadRatesAsync).WithName("UploadTariffRates").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replaces the tariff's rates from CSV (text/csv body or a multipart file): prefix,destination,pricePerMinute[,connectionFee,firstIncrement,nextIncrement].").RequirePermission(Permission.System);
        return endpoints;
    }
}
