using System.Globalization;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace FlowBuilder.Data.Billing;

/// <summary>Writes a tariff's rates into SQLite with one prepared INSERT driven through SQLite's own API (as
/// <see cref="Contacts.SqliteContactBatch"/> does), inside the caller's open transaction. Decimals are stored as text in the
/// form EF Core writes and reads them.</summary>
internal static class SqliteTariffRates
{
    private const string Insert = "INSERT INTO tariff_rates (company_id, tariff_id, prefix, destination, price_per_minute, connection_fee, first_increment, next_increment) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    private const string DecimalFormat = "0.0###########################";

    public static Task InsertAsync(FlowBuilderDbContext context, Tariff tariff, CancellationToken cancellationToken)
    {
        var database = ((SqliteConnection)context.Database.GetDbConnection()).Handle!;
        Check(database, raw.sqlite3_prepare_v2(database, Insert, out var insert));
        using (insert)
        {
            foreach (var rate in tariff.Rates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                raw.sqlite3_bind_text16(insert, 1, tariff.CompanyId);
                raw.sqlite3_bind_text16(insert, 2, tariff.Id);
                raw.sqlite3_bind_text16(insert, 3, rate.Prefix);
                raw.sqlite3_bind_text16(insert, 4, rate.Destination);
                raw.sqlite3_bind_text16(insert, 5, rate.PricePerMinute.ToString(DecimalFormat, CultureInfo.InvariantCulture));
                raw.sqlite3_bind_text16(insert, 6, rate.ConnectionFee.ToString(DecimalFormat, CultureInfo.InvariantCulture));
                raw.sqlite3_bind_int(insert, 7, rate.FirstIncrement);
                raw.sqlite3_bind_int(insert, 8, rate.NextIncrement);
                var done = raw.sqlite3_step(insert);
                var error = done == raw.SQLITE_DONE ? null : raw.sqlite3_errmsg(database).utf8_to_string();
                raw.sqlite3_reset(insert);
                if (error is not null) throw new SqliteException($"Inserting rate {rate.Prefix} of tariff '{tariff.Id}' failed: {error}", done);
            }
        }
        return Task.CompletedTask;
    }

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK) throw new SqliteException($"Preparing the tariff rates insert failed: {raw.sqlite3_errmsg(database).utf8_to_string()}", result);
    }
}
