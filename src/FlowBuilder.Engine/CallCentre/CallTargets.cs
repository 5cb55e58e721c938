namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// Resolves the call-target syntax of <see cref="CallTarget"/> for one company:
/// <list type="bullet">
/// <item><c>ext:101</c>: the company's extension 101.</item>
/// <item><c>group:sales</c>: the company's group named sales.</item>
/// <item><c>101</c> (up to <see cref="MaxInternalDigits"/> digits): the company's extension, else the company's group with that number.</item>
/// <item><c>+15551234567</c>, a longer digit string, or <c>sip:bob@host</c>: an outside number.</item>
/// </list>
/// An extension or group of another company is never resolved (nor called as an outside number): it is an error naming it.
/// </summary>
public sealed class CallTargets
{
    /// <summary>Digit strings up to this long look internal (extensions, group numbers); longer ones are outside numbers.</summary>
    public const int MaxInternalDigits = 6;

    private const string Syntax = "use an extension (101 or ext:101), a group (group:sales), or an outside number (+15551234567 or sip:user@host)";
    private readonly IExtensionStore? _extensions;
    private readonly IExtensionGroupStore? _groups;

    /// <param name="extensions">The extension directory; null when the server has none (only outside numbers resolve).</param>
    /// <param name="groups">The group directory; null when the server has none.</param>
    public CallTargets(IExtensionStore? extensions, IExtensionGroupStore? groups)
    {
        _extensions = extensions;
        _groups = groups;
    }

    public async ValueTask<CallTargetResolution> ResolveAsync(string companyId, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyId);
        var target = text?.Trim() ?? "";
        if (target.Length == 0) return CallTargetResolution.Invalid($"The call target is empty: {Syntax}.");

        if (target.StartsWith("ext:", StringComparison.OrdinalIgnoreCase))
        {
            var number = target[4..].Trim();
            if (number.Length == 0 || !number.All(char.IsAsciiDigit))
                return CallTargetResolution.Invalid($"'{target}' is not a call target: after 'ext:' give the extension's number, e.g. ext:101.");
            return await FindExtensionAsync(companyId, number, cancellationToken).ConfigureAwait(false)
                ?? CallTargetResolution.Invalid($"Extension {number} does not exist in this company: check the number, or {Syntax}.");
        }

        if (target.StartsWith("group:", StringComparison.OrdinalIgnoreCase))
        {
            var name = target[6..].Trim();
            if (name.Length == 0) return CallTargetResolution.Invalid($"'{target}' is not a call target: after 'group:' give the group's name, e.g. group:sales.");
            var group = _groups is null ? null : await FindGroupAsync(companyId, name, cancellationToken).ConfigureAwait(false);
            return group is null
                ? CallTargetResolution.Invalid($"Group '{name}' does not exist in this company: check the name in the call-centre settings.")
                : CallTargetResolution.Of(new CallTarget(CallTargetKind.Group, group.Name, Group: group));
        }

        if (target.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("sips:", StringComparison.OrdinalIgnoreCase))
        {
            var colon = target.IndexOf(':', StringComparison.Ordinal);
            return target.Length > colon + 1 && !target.Any(char.IsWhiteSpace)
                ? CallTargetResolution.Of(new CallTarget(CallTargetKind.Number, target))
                : CallTargetResolution.Invalid($"'{target}' is not a valid SIP URI: write it as sip:user@host.");
        }

        if (!target.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.') || target.LastIndexOf('+') > 0)
            return CallTargetResolution.Invalid($"'{target}' is not a call target: {Syntax}.");
        var normalized = CallerNumbers.Normalize(target);
        var digits = normalized.TrimStart('+');
        if (digits.Length == 0) return CallTargetResolution.Invalid($"'{target}' has no digits: {Syntax}.");
        if (normalized.StartsWith('+') || digits.Length > MaxInternalDigits)
        {
            return digits.Length is >= 3 and <= 15
                ? CallTargetResolution.Of(new CallTarget(CallTargetKind.Number, normalized))
                : CallTargetResolution.Invalid($"'{target}' is not a valid phone number: an outside number has 3 to 15 digits, e.g. +15551234567.");
        }

        if (await FindExtensionAsync(companyId, digits, cancellationToken).ConfigureAwait(false) is { } extension) return extension;
        if (_groups is not null && await _groups.FindByNumberAsync(digits, cancellationToken).ConfigureAwait(false) is { } numbered)
        {
            return numbered.CompanyId == companyId
                ? CallTargetResolution.Of(new CallTarget(CallTargetKind.Group, numbered.Name, Group: numbered))
                : CallTargetResolution.Invalid($"No extension or group has number {digits} in this company.");
        }
        return CallTargetResolution.Invalid(
            $"No extension or group has number {digits} in this company: numbers of up to {MaxInternalDigits} digits are internal; write outside numbers with + and the country code.");
    }

    /// <summary>The extension with this number in any company; null when there is none (or no directory).</summary>
    internal async ValueTask<Extension?> FindExtensionAsync(string number, CancellationToken cancellationToken) =>
        _extensions is null ? null : await _extensions.FindAsync(CallerNumbers.Normalize(number), cancellationToken).ConfigureAwait(false);

    /// <summary>The company's extension, an error for another company's or a disabled one, null when no extension has the number.</summary>
    private async ValueTask<CallTargetResolution?> FindExtensionAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        var extension = _extensions is null ? null : await _extensions.FindAsync(number, cancellationToken).ConfigureAwait(false);
        if (extension is null) return null;
        // Another company's extension is reported like a missing one: its existence is not ours to reveal.
        if (extension.CompanyId != companyId) return CallTargetResolution.Invalid($"Extension {number} does not exist in this company.");
        if (!extension.Enabled) return CallTargetResolution.Invalid($"Extension {number} is disabled: enable it in the call-centre settings, or call another target.");
        return CallTargetResolution.Of(new CallTarget(CallTargetKind.Extension, extension.Number, Extension: extension));
    }

    /// <summary>The company's group by name, regardless of case (people write group:Sales for a group named sales); the stores compare exactly.</summary>
    private async ValueTask<ExtensionGroup?> FindGroupAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        if (await _groups!.FindAsync(companyId, name, cancellationToken).ConfigureAwait(false) is { } exact) return exact;
        var all = await _groups.ListAsync(companyId, cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
