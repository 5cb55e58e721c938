using System.Globalization;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tariffs;

/// <summary>
/// Reads a tariff's rates from CSV: a header <c>prefix,destination,pricePerMinute[,connectionFee,firstIncrement,nextIncrement]</c>
/// (any order, any case), separated by commas or semicolons (told from the header), numbers with a dot as decimal separator.
/// Blank lines are skipped. Every bad line is reported with its line number; nothing is returned unless the whole file is good.
/// </summary>
public static class TariffCsv
{
    public const int MaxErrors = 50;

    private static readonly string[] Required = ["prefix", "destination", "pricePerMinute"];
    private static readonly string[] Optional = ["connectionFee", "firstIncrement", "nextIncrement"];

    /// <summary>The rates of <paramref name="csv"/>; throws <see cref="InvalidTariffException"/> listing each bad line and field.</summary>
    public static IReadOnlyList<TariffRate> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var errors = new List<TariffError>();
        var rates = new List<TariffRate>();
        var records = CsvRecords.Read(csv.TrimStart('\uFEFF'), DetectDelimiter(csv)).Where(r => r.Error is not null || r.Fields.Any(f => f.Trim().Length > 0));
        using var cursor = records.GetEnumerator();
        if (!cursor.MoveNext())
        {
            throw new InvalidTariffException("The rates file",
                [new("csv", "the file is empty: the first line must be the header prefix,destination,pricePerMinute.", 1)]);
        }

        var columns = ReadHeader(cursor.Current.Fields, cursor.Current.Line, errors);
        if (errors.Count > 0) throw new InvalidTariffException("The rates file", errors);

        var lineOfPrefix = new Dictionary<string, int>(StringComparer.Ordinal);
        while (errors.Count < MaxErrors && cursor.MoveNext())
        {
            var (line, fields, error) = cursor.Current;
            if (error is not null)
            {
                errors.Add(new("csv", error, line));
                continue;
            }

            var rate = ReadRate(fields, columns, line, errors);
            if (rate is null) continue;
            if (!lineOfPrefix.TryAdd(rate.Prefix, line))
            {
                errors.Add(new("prefix", $"prefix {rate.Prefix} is already on line {lineOfPrefix[rate.Prefix]}: keep one rate per prefix.", line));
                continue;
            }

            rates.Add(rate);
        }

        if (errors.Count > 0) throw new InvalidTariffException("The rates file", errors);
        return rates;
    }

    /// <summary>Reads all of <paramref name="reader"/> and parses it (<see cref="Parse(string)"/>).</summary>
    public static async Task<IReadOnlyList<TariffRate>> ParseAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }

    private static char DetectDelimiter(string csv)
    {
        var end = csv.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? csv : csv[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static Dictionary<string, int> ReadHeader(string[] header, int line, List<TariffError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var known = Required.Concat(Optional).FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null) errors.Add(new("csv", $"unknown column '{name}' in the header: the columns are {string.Join(", ", Required.Concat(Optional))}.", line));
            else if (!columns.TryAdd(known, i)) errors.Add(new("csv", $"column '{known}' appears twice in the header.", line));
        }

        foreach (var missing in Required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new("csv", $"the header has no '{missing}' column: the first line must be prefix,destination,pricePerMinute[,connectionFee,firstIncrement,nextIncrement].", line));
        }

        return columns;
    }

    private static TariffRate? ReadRate(string[] fields, Dictionary<string, int> columns, int line, List<TariffError> errors)
    {
        var before = errors.Count;
        if (fields.Length > columns.Count)
        {
            errors.Add(new("csv", $"the line has {fields.Length} fields but the header has {columns.Count}: quote fields that contain the delimiter.", line));
            return null;
        }

        string Text(string column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : "";

        decimal Money(string column, decimal fallback)
        {
            var text = Text(column);
            if (text.Length == 0 && column != "pricePerMinute") return fallback;
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            var hint = text.Contains(',') ? " (use a dot as decimal separator: 0.05)" : "";
            errors.Add(new(column, $"{column} '{text}' is not a number{hint}.", line));
            return 0m;
        }

        int Seconds(string column)
        {
            var text = Text(column);
            if (text.Length == 0) return 60;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            errors.Add(new(column, $"{column} '{text}' is not a whole number of seconds.", line));
            return 60;
        }

        var prefix = Text("prefix").TrimStart('+');
        var rate = new TariffRate(prefix, Text("destination"), Money("pricePerMinute", 0m), Money("connectionFee", 0m),
            Seconds("firstIncrement"), Seconds("nextIncrement"));
        if (errors.Count > before) return null;
        foreach (var (field, message) in TariffValidation.CheckRate(rate)) errors.Add(new(field, message, line));
        return errors.Count > before ? null : rate;
    }
}
