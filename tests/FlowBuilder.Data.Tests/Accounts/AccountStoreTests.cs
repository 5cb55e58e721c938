using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Accounts;

public sealed class InMemoryAccountStoreTests() : AccountStoreContract(StoreKind.InMemory);

public sealed class SqliteAccountStoreTests() : AccountStoreContract(StoreKind.Sqlite);

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresAccountStoreTests() : AccountStoreContract(StoreKind.Postgres);
