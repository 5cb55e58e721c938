namespace FlowBuilder.Billing.Tariffs;

/// <summary>A tariff or a rates file that cannot be used; <see cref="Errors"/> lists every problem found (field, line, what to do).</summary>
public sealed class InvalidTariffException(string subject, IReadOnlyList<TariffError> errors)
    : Exception(Describe(subject, errors))
{
    public IReadOnlyList<TariffError> Errors { get; } = errors;

    private static string Describe(string subject, IReadOnlyList<TariffError> errors)
    {
        const int shown = 10;
        var lines = errors.Take(shown).Select(error => "  " + error);
        var more = errors.Count > shown ? $"{Environment.NewLine}  … and {errors.Count - shown} more" : "";
        return $"{subject} has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
