using System.Data.Common;
using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowBuilder.Data.Campaigns;

/// <summary>Raw SQL the campaign store runs where EF Core has no words for it (UPDATE … RETURNING claims, INSERT … ON
/// CONFLICT DO NOTHING batches, bucketed aggregates), on the context's connection and current transaction.</summary>
internal static class CampaignSql
{
    public static bool IsPostgres(FlowBuilderDbContext context) => context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public static DbCommand Command(FlowBuilderDbContext context, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
