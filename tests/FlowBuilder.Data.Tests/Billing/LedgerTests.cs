using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Billing;

public sealed class InMemoryLedgerTests() : LedgerContract(StoreKind.InMemory);

public sealed class SqliteLedgerTests() : LedgerContract(StoreKind.Sqlite);

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresLedgerTests() : LedgerContract(StoreKind.Postgres);
