using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Telephony.Hosting;

/// <summary>Checks <see cref="SipOptions"/> when SIP is enabled; every message names the configuration key at fault and what to put there.</summary>
public sealed class SipOptionsValidator : IValidateOptions<SipOptions>
{
    private const string Section = SipOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        var listeners = ValidateListen(options, errors);
        ValidateMediaAddress(options, listeners, errors);
        ValidateNumbers(options, errors);
        ValidateTts(options.Tts, errors);
        ValidateRecordingsFolder(options, errors);
        ValidateTrunks(options, listeners, errors);
        ValidateRoutes(options, errors);
        ValidateRegistrar(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static List<SipListenEndpoint> ValidateListen(SipOptions options, List<string> errors)
    {
        var listeners = new List<SipListenEndpoint>();
        if (options.Listen.Count == 0) errors.Add($"{Section}:Listen is empty: add at least one listener, such as {Section}:Listen:0 = udp:0.0.0.0:5060.");
        for (var i = 0; i < options.Listen.Count; i++)
        {
            if (SipListenEndpoint.TryParse(options.Listen[i], out var endpoint)) listeners.Add(endpoint);
            else errors.Add($"{Section}:Listen:{Text(i)} '{options.Listen[i]}' is not transport:address:port; use udp or tcp, an IP address and a port, e.g. udp:0.0.0.0:5060.");
        }
        return listeners;
    }

    private static void ValidateMediaAddress(SipOptions options, List<SipListenEndpoint> listeners, List<string> errors)
    {
        if (options.MediaAddress is { } media)
        {
            if (!IPAddress.TryParse(media, out var address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            {
                errors.Add($"{Section}:MediaAddress '{media}' is not a usable IP address: give the address peers send RTP to, e.g. 203.0.113.10.");
            }
        }
        else if (listeners.Any(l => l.EndPoint.Address.Equals(IPAddress.Any) || l.EndPoint.Address.Equals(IPAddress.IPv6Any)))
        {
            errors.Add($"{Section}:MediaAddress is required when listening on 0.0.0.0: give the IP address peers send RTP to.");
        }
    }

    private static void ValidateRecordingsFolder(SipOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.RecordingsFolder))
        {
            errors.Add($"{Section}:RecordingsFolder is empty: give a folder call recordings can be written to, e.g. recordings.");
            return;
        }
        try
        {
            var folder = Directory.CreateDirectory(Path.GetFullPath(options.RecordingsFolder));
            var probe = Path.Combine(folder.FullName, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{Section}:RecordingsFolder '{options.RecordingsFolder}' is not a writable folder ({e.Message}): create it, give the server write access, or point it elsewhere.");
        }
        if (options.TransferTimeoutSeconds < 1) errors.Add($"{Section}:TransferTimeoutSeconds {Text(options.TransferTimeoutSeconds)} must be at least 1.");
    }

    private static void ValidateNumbers(SipOptions options, List<string> errors)
    {
        var range = options.RtpPortRange;
        if (range.First is < 1024 or > 65534) errors.Add($"{Section}:RtpPortRange:First {Text(range.First)} must be within 1024-65534.");
        if (range.Last < range.First || range.Last > 65535) errors.Add($"{Section}:RtpPortRange:Last {Text(range.Last)} must be within RtpPortRange:First and 65535.");
        if (options.MaxCalls < 1) errors.Add($"{Section}:MaxCalls {Text(options.MaxCalls)} must be at least 1.");
        if (options.RtpReceiveThreads is < 1 or > 64) errors.Add($"{Section}:RtpReceiveThreads {Text(options.RtpReceiveThreads)} must be between 1 and 64.");
        var ports = (range.Last - range.First + 1) / 2;
        if (range.Last >= range.First && options.MaxCalls > ports)
        {
            errors.Add($"{Section}:MaxCalls {Text(options.MaxCalls)} exceeds the {Text(ports)} RTP ports of RtpPortRange {Text(range.First)}-{Text(range.Last)}: widen the range or lower MaxCalls.");
        }
        Positive(options.RetryAfterSeconds, "RetryAfterSeconds", errors);
        Positive(options.MediaTimeoutSeconds, "MediaTimeoutSeconds", errors);
        Positive(options.AnswerTimeoutSeconds, "AnswerTimeoutSeconds", errors);
        Positive(options.PromptCacheMegabytes, "PromptCacheMegabytes", errors);
        if (options.MediaFolder is { } folder && string.IsNullOrWhiteSpace(folder)) errors.Add($"{Section}:MediaFolder is blank: give a folder path or remove the key.");
    }

    private static void ValidateTts(SipTtsOptions tts, List<string> errors)
    {
        if (!tts.IsAzure && !string.Equals(tts.Engine, "espeak", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Section}:Tts:Engine '{tts.Engine}' is unknown: use espeak or azure.");
            return;
        }
        if (string.IsNullOrWhiteSpace(tts.DefaultVoice)) errors.Add($"{Section}:Tts:DefaultVoice is empty: give a voice such as en-us.");
        if (!tts.IsAzure) return;
        if (string.IsNullOrWhiteSpace(tts.AzureKey)) errors.Add($"{Section}:Tts:AzureKey is required when Tts:Engine is azure.");
        if (string.IsNullOrWhiteSpace(tts.AzureRegion)) errors.Add($"{Section}:Tts:AzureRegion is required when Tts:Engine is azure (e.g. westeurope).");
    }

    private static void ValidateTrunks(SipOptions options, List<SipListenEndpoint> listeners, List<string> errors)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Trunks.Count; i++)
        {
            var trunk = options.Trunks[i];
            var key = $"{Section}:Trunks:{Text(i)}";
            if (string.IsNullOrWhiteSpace(trunk.Name)) errors.Add($"{key}:Name is empty: give the trunk a name Dial can refer to.");
            else if (!names.Add(trunk.Name)) errors.Add($"{key}:Name '{trunk.Name}' is used by another trunk: trunk names must be unique.");
            if (string.IsNullOrWhiteSpace(trunk.Host)) errors.Add($"{key}:Host is empty: give the trunk's address.");
            else if (trunk.OutboundProxy is null && !IPAddress.TryParse(trunk.Host, out _))
            {
                errors.Add($"{key}:Host '{trunk.Host}' is not an IP address: DNS is not supported, so give an IP address or set {key}:OutboundProxy.");
            }
            if (trunk.Port is < 1 or > 65535) errors.Add($"{key}:Port {Text(trunk.Port)} must be within 1-65535.");
            var transport = trunk.Transport.ToLowerInvariant() switch { "udp" => SipTransportKind.Udp, "tcp" => SipTransportKind.Tcp, _ => (SipTransportKind?)null };
            if (transport is null) errors.Add($"{key}:Transport '{trunk.Transport}' is unknown: use udp or tcp.");
            else if (listeners.Count > 0 && listeners.All(l => l.Transport != transport)) errors.Add($"{key}:Transport is {trunk.Transport} but no {Section}:Listen entry uses it.");
            if (trunk.OutboundProxy is { } proxy && !SipProxyAddress.TryParse(proxy, out _)) errors.Add($"{key}:OutboundProxy '{proxy}' is not host:port with an IP address, e.g. 198.51.100.5:5060.");
            if (trunk.Username is not null && trunk.Password is null) errors.Add($"{key}:Password is missing: a trunk with a Username needs its Password.");
            if (trunk.Register && trunk.Username is null) errors.Add($"{key}:Register is true but {key}:Username is empty: registration needs an account.");
            if (trunk.Register && trunk.RegisterExpiresSeconds < 60) errors.Add($"{key}:RegisterExpiresSeconds {Text(trunk.RegisterExpiresSeconds)} must be at least 60.");
        }
        if (options.DefaultTrunk is { } wanted && !names.Contains(wanted))
        {
            errors.Add($"{Section}:DefaultTrunk '{wanted}' names no trunk in {Section}:Trunks (known: {(names.Count == 0 ? "none" : string.Join(", ", names))}).");
        }
    }

    private static void ValidateRoutes(SipOptions options, List<string> errors)
    {
        var trunks = new HashSet<string>(options.Trunks.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Routes.Count; i++)
        {
            var route = options.Routes[i];
            var key = $"{Section}:Routes:{Text(i)}";
            if (string.IsNullOrWhiteSpace(route.Name)) errors.Add($"{key}:Name is empty: give the route a name for logs.");
            if (!IsPrefix(route.Prefix)) errors.Add($"{key}:Prefix '{route.Prefix}' is not digits (optionally after a leading +): use e.g. +44 or 00, or leave it empty for the default route.");
            if (string.IsNullOrWhiteSpace(route.Trunk)) errors.Add($"{key}:Trunk is empty: name one of {Section}:Trunks.");
            else if (!trunks.Contains(route.Trunk)) errors.Add($"{key}:Trunk '{route.Trunk}' is not a configured trunk (known: {(trunks.Count == 0 ? "none" : string.Join(", ", trunks))}).");
            if (route.StripDigits < 0) errors.Add($"{key}:StripDigits {Text(route.StripDigits)} must be 0 or more.");
            if (route.Prepend is { } prepend && !IsNumberText(prepend)) errors.Add($"{key}:Prepend '{prepend}' may hold only digits, +, * and #.");
            if (route.CallerId is { } callerId && string.IsNullOrWhiteSpace(callerId)) errors.Add($"{key}:CallerId is blank: give a number or remove the key.");
            if (route.CallerIdPrepend is { } callerPrepend && !IsNumberText(callerPrepend)) errors.Add($"{key}:CallerIdPrepend '{callerPrepend}' may hold only digits and +.");
        }
    }

    private static void ValidateRegistrar(SipOptions options, List<string> errors)
    {
        var registrar = options.Registrar;
        var key = $"{Section}:Registrar";
        if (string.IsNullOrWhiteSpace(options.Realm) || options.Realm.Contains('"', StringComparison.Ordinal)) errors.Add($"{Section}:Realm '{options.Realm}' must be a non-empty name without quotes, e.g. flowbuilder.");
        if (registrar.MinExpiresSeconds < 1) errors.Add($"{key}:MinExpiresSeconds {Text(registrar.MinExpiresSeconds)} must be at least 1.");
        if (registrar.MaxExpiresSeconds < registrar.MinExpiresSeconds) errors.Add($"{key}:MaxExpiresSeconds {Text(registrar.MaxExpiresSeconds)} must be at least MinExpiresSeconds {Text(registrar.MinExpiresSeconds)}.");
        if (registrar.DefaultExpiresSeconds < registrar.MinExpiresSeconds || registrar.DefaultExpiresSeconds > registrar.MaxExpiresSeconds)
        {
            errors.Add($"{key}:DefaultExpiresSeconds {Text(registrar.DefaultExpiresSeconds)} must be within MinExpiresSeconds and MaxExpiresSeconds.");
        }
        Positive(registrar.MaxFailedAttempts, "Registrar:MaxFailedAttempts", errors);
        Positive(registrar.FailureWindowSeconds, "Registrar:FailureWindowSeconds", errors);
        Positive(registrar.BlockSeconds, "Registrar:BlockSeconds", errors);
    }

    private static bool IsPrefix(string? prefix) =>
        prefix is not null && (prefix.StartsWith('+') ? prefix[1..] : prefix).All(char.IsAsciiDigit) && prefix != "+";

    private static bool IsNumberText(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '+' or '*' or '#');

    private static void Positive(int value, string key, List<string> errors)
    {
        if (value < 1) errors.Add($"{Section}:{key} {Text(value)} must be at least 1.");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
