using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FlowBuilder.Data.Context;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks (100 ns units since 0001-01-01 UTC), so
/// times sort and compare as numbers in SQLite and PostgreSQL alike. Values read back are in UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
