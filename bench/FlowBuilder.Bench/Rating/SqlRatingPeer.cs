using System.Data.Common;
using System.Diagnostics;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace FlowBuilder.Bench.Rating;

/// <summary>
/// The peer: longest-prefix rating the usual SQL way — a <c>rating_prefixes</c> table keyed by prefix and, per CDR, one prepared
/// query <c>WHERE prefix IN (substr(n,1,1) … substr(n,1,15)) ORDER BY length(prefix) DESC LIMIT 1</c>, the amount priced with the
/// same <see cref="CallCharges.Amount"/>. Synchronous ADO.NET (the fastest way to call either database), one connection per
/// thread. Every CDR's prefix is checked against <see cref="RateTable"/>'s answer after the timed run.
/// </summary>
internal static class SqlRatingPeer
{
    private const int Warmup = 1_000;

    private static readonly string InList = string.Join(", ", Enumerable.Range(1, 15).Select(k => $"substr(@n, 2, {k})"));

    public static SqlPeerResult Sqlite(RatingWorkload workload, RateTable table, int count, string folder)
    {
        var path = Path.Combine(folder, "rating-peer.db");
        if (File.Exists(path)) File.Delete(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var clock = Stopwatch.StartNew();
        string version;
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "CREATE TABLE rating_prefixes (prefix TEXT PRIMARY KEY, price_per_minute TEXT NOT NULL, connection_fee TEXT NOT NULL, first_increment INTEGER NOT NULL, next_increment INTEGER NOT NULL)");
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rating_prefixes VALUES (@p, @price, @fee, @first, @next)";
            var parameters = new[] { "@p", "@price", "@fee", "@first", "@next" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            insert.Prepare();
            foreach (var rate in workload.Tariff.Rates)
            {
                parameters[0].Value = rate.Prefix;
                parameters[1].Value = rate.PricePerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameters[2].Value = rate.ConnectionFee.ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameters[3].Value = rate.FirstIncrement;
                parameters[4].Value = rate.NextIncrement;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            Execute(connection, "ANALYZE");
            version = "SQLite " + Scalar(connection, "SELECT sqlite_version()");
        }

        var load = clock.Elapsed;
        return Measure(version, workload, table, count, load, () =>
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            var query = connection.CreateCommand();
            query.CommandText = $"SELECT prefix, price_per_minute, connection_fee, first_increment, next_increment FROM rating_prefixes WHERE prefix IN ({InList}) ORDER BY length(prefix) DESC LIMIT 1";
            query.Parameters.Add("@n", SqliteType.Text).Value = "+0";
            query.Prepare();
            return (connection, query);
        });
    }

    public static SqlPeerResult Postgres(RatingWorkload workload, RateTable table, int count, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, MaxAutoPrepare = 0 };
        var clock = Stopwatch.StartNew();
        string version;
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            Execute(connection, "DROP TABLE IF EXISTS rating_prefixes");
            Execute(connection, "CREATE TABLE rating_prefixes (prefix text PRIMARY KEY, price_per_minute numeric(12,4) NOT NULL, connection_fee numeric(12,4) NOT NULL, first_increment integer NOT NULL, next_increment integer NOT NULL)");
            using (var copy = connection.BeginBinaryImport("COPY rating_prefixes FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var rate in workload.Tariff.Rates)
                {
                    copy.StartRow();
                    copy.Write(rate.Prefix, NpgsqlDbType.Text);
                    copy.Write(rate.PricePerMinute, NpgsqlDbType.Numeric);
                    copy.Write(rate.ConnectionFee, NpgsqlDbType.Numeric);
                    copy.Write(rate.FirstIncrement, NpgsqlDbType.Integer);
                    copy.Write(rate.NextIncrement, NpgsqlDbType.Integer);
                }

                copy.Complete();
            }

            Execute(connection, "ANALYZE rating_prefixes");
            version = "PostgreSQL " + Scalar(connection, "SHOW server_version").Split(' ')[0];
        }

        var load = clock.Elapsed;
        try
        {
            return Measure(version, workload, table, count, load, () =>
            {
                var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
                var query = connection.CreateCommand();
                query.CommandText = $"SELECT prefix, price_per_minute, connection_fee, first_increment, next_increment FROM rating_prefixes WHERE prefix IN ({InList}) ORDER BY length(prefix) DESC LIMIT 1";
                query.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Text) { Value = "+0" });
                query.Prepare();
                return (connection, query);
            });
        }
        finally
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            Execute(connection, "DROP TABLE IF EXISTS rating_prefixes");
        }
    }

    private static SqlPeerResult Measure(string system, RatingWorkload workload, RateTable table, int count, TimeSpan load,
        Func<(DbConnection Connection, DbCommand Query)> open)
    {
        if (count + Warmup > workload.Numbers.Length) throw new ArgumentOutOfRangeException(nameof(count), count, $"At most {workload.Numbers.Length - Warmup:N0} CDRs.");
        var found = new string?[count];
        var single = Run(open, workload, found, [(count, count + Warmup)], warmup: true);
        single = Run(open, workload, found, [(0, count)], warmup: false);
        Check(system, workload, table, found);

        var cores = Environment.ProcessorCount;
        var ranges = Enumerable.Range(0, cores).Select(p => (count * p / cores, count * (p + 1) / cores)).ToArray();
        Array.Clear(found);
        var all = Run(open, workload, found, ranges, warmup: false);
        Check(system, workload, table, found);
        return new SqlPeerResult(system, count, load, single, all, cores);
    }

    private static TimeSpan Run(Func<(DbConnection Connection, DbCommand Query)> open, RatingWorkload workload, string?[] found,
        (int From, int To)[] ranges, bool warmup)
    {
        var commands = ranges.Select(_ => open()).ToArray();
        try
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, ranges.Length, new ParallelOptions { MaxDegreeOfParallelism = ranges.Length }, p =>
            {
                var query = commands[p].Query;
                var number = query.Parameters[0];
                var total = 0m;
                for (var i = ranges[p].From; i < ranges[p].To; i++)
                {
                    number.Value = workload.Numbers[i];
                    using var reader = query.ExecuteReader();
                    if (!reader.Read()) continue;
                    var rate = new TariffRate(reader.GetString(0), "", reader.GetDecimal(1), reader.GetDecimal(2), reader.GetInt32(3), reader.GetInt32(4));
                    total += CallCharges.Amount(rate, workload.TalkSeconds[i]);
                    if (!warmup) found[i] = rate.Prefix;
                }

                GC.KeepAlive(total);
            });
            return clock.Elapsed;
        }
        finally
        {
            foreach (var (connection, query) in commands)
            {
                query.Dispose();
                connection.Dispose();
            }
        }
    }

    private static void Check(string system, RatingWorkload workload, RateTable table, string?[] found)
    {
        for (var i = 0; i < found.Length; i++)
        {
            var expected = table.TryFind(workload.Numbers[i], out var rate) ? rate.Prefix : null;
            if (found[i] != expected)
            {
                throw new InvalidOperationException($"{system} rated CDR {i} ({workload.Numbers[i]}) by prefix {found[i] ?? "none"}, RateTable by {expected ?? "none"}.");
            }
        }
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "?";
    }
}
