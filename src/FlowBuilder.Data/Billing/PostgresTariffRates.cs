using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FlowBuilder.Data.Billing;

/// <summary>Writes a tariff's rates into PostgreSQL by binary COPY (as <see cref="Contacts.PostgresContactBatch"/> does),
/// inside the caller's open transaction.</summary>
internal static class PostgresTariffRates
{
    private const string Copy = "COPY tariff_rates (company_id, tariff_id, prefix, destination, price_per_minute, connection_fee, first_increment, next_increment) " +
        "FROM STDIN (FORMAT BINARY)";

    public static async Task CopyAsync(FlowBuilderDbContext context, Tariff tariff, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var rate in tariff.Rates)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(tariff.CompanyId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(tariff.Id, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rate.Prefix, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rate.Destination, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rate.PricePerMinute, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(rate.ConnectionFee, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(rate.FirstIncrement, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rate.NextIncrement, NpgsqlDbType.Integer, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }
}
