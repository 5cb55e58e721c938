using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Tests.Sip;

/// <summary>Runs every file in TortureMessages/ (messages in the spirit of RFC 4475, written for this project).</summary>
public sealed class TortureMessageTests
{
    public static TheoryData<string> Cases() => new(Files());

    private static IEnumerable<string> Files() => Directory.GetFiles(TortureCase.Folder, "*.txt").Order().Select(f => Path.GetFileName(f));

    [Fact]
    public void TortureSuite_HasValidAndInvalidCases()
    {
        var cases = Files().Select(TortureCase.Load).ToList();

        cases.Count(c => c.Valid).ShouldBeGreaterThanOrEqualTo(20);
        cases.Count(c => !c.Valid).ShouldBeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TortureMessage_ParsesAsExpected(string file)
    {
        var test = TortureCase.Load(file);
        var result = new SipMessageParser().Parse(test.Bytes);

        if (!test.Valid)
        {
            result.IsSuccess.ShouldBeFalse($"{file} should be rejected");
            result.Failure.Error.ToString().ShouldBe(test.Error, $"{file}: {result.Failure.Reason}");
            if (test.Reason is not null) result.Failure.Reason.ShouldContain(test.Reason, Case.Sensitive, file);
            return;
        }

        result.IsSuccess.ShouldBeTrue($"{file}: {result.Failure?.Reason}");
        test.Checks.ShouldNotBeEmpty($"{file} has no checks");
        Verify(file, result.Message, test.Checks);

        var reparsed = new SipMessageParser().Parse(result.Message.ToBytes());
        reparsed.IsSuccess.ShouldBeTrue($"{file} after serialising: {reparsed.Failure?.Reason}");
        Verify(file + " (re-parsed)", reparsed.Message, test.Checks);
    }

    private static void Verify(string file, SipMessage message, IReadOnlyList<(string Path, string Value)> checks)
    {
        foreach (var (path, expected) in checks)
        {
            var actual = Evaluate(message, path) ?? "<null>";
            actual.ShouldBe(expected, $"{file}: {path}");
        }
    }

    private static string? Evaluate(SipMessage message, string path)
    {
        var request = message as SipRequest;
        var response = message as SipResponse;
        var parts = path.Split('.');
        return parts switch
        {
            ["kind"] => request is null ? "response" : "request",
            ["method"] => request?.Method,
            ["status"] => response?.StatusCode.ToString(CultureInfo.InvariantCulture),
            ["reason"] => response?.ReasonPhrase,
            ["uri", .. var rest] => Uri(request!.Uri, rest),
            ["header", var name] => message.Headers.GetFirst(name),
            ["header", var name, "count"] => Count(message.Headers.GetValues(name).Count),
            ["header", var name, "lines"] => Count(message.Headers.LineCount(name)),
            ["via", "count"] => Count(message.Vias.Count),
            ["via", var index, var field] => Via(message.Vias[int.Parse(index, CultureInfo.InvariantCulture)], field),
            ["from", .. var rest] => Address(message.From!, rest),
            ["to", .. var rest] => Address(message.To!, rest),
            ["contact", "count"] => Count(message.Contacts.Count),
            ["contact", "wildcard"] => message.IsWildcardContact ? "true" : "false",
            ["contact", var index, .. var rest] => Address(message.Contacts[int.Parse(index, CultureInfo.InvariantCulture)], rest),
            ["route", "count"] => Count(message.Routes.Count),
            ["route", var index, .. var rest] => Address(message.Routes[int.Parse(index, CultureInfo.InvariantCulture)], rest),
            ["record-route", "count"] => Count(message.RecordRoutes.Count),
            ["cseq", "number"] => message.CSeq?.Number.ToString(CultureInfo.InvariantCulture),
            ["cseq", "method"] => message.CSeq?.Method,
            ["call-id"] => message.CallId,
            ["max-forwards"] => message.MaxForwards?.ToString(CultureInfo.InvariantCulture),
            ["content-type"] => message.ContentType,
            ["body", "length"] => Count(message.Body.Length),
            ["body", "text"] => message.BodyText.ReplaceLineEndings("|"),
            ["auth", var header, var parameter] => AuthParameter(message, header, parameter),
            _ => throw new InvalidDataException($"Unknown check path '{path}'."),
        };
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string? Uri(SipUri uri, string[] rest) => rest switch
    {
        [] => uri.ToString(),
        ["scheme"] => uri.Scheme.ToString().ToLowerInvariant(),
        ["user"] => uri.User,
        ["password"] => uri.Password,
        ["host"] => uri.Host,
        ["port"] => uri.Port?.ToString(CultureInfo.InvariantCulture),
        ["param", .. var name] => Parameter(uri.Parameters, string.Join('.', name)),
        ["header", var name] => uri.Headers[name],
        _ => throw new InvalidDataException($"Unknown URI check '{string.Join('.', rest)}'."),
    };

    private static string? Address(SipNameAddress address, string[] rest) => rest switch
    {
        ["display"] => address.DisplayName,
        ["tag"] => address.Tag,
        ["param", .. var name] => Parameter(address.Parameters, string.Join('.', name)),
        ["uri", .. var uriRest] => Uri(address.Uri, uriRest),
        _ => throw new InvalidDataException($"Unknown address check '{string.Join('.', rest)}'."),
    };

    private static string? Parameter(SipParameters parameters, string name) =>
        parameters.Contains(name) ? parameters[name] ?? "<flag>" : null;

    private static string? Via(SipVia via, string field) => field switch
    {
        "branch" => via.Branch,
        "host" => via.Host,
        "port" => via.Port?.ToString(CultureInfo.InvariantCulture),
        "transport" => via.Transport,
        "received" => via.Received,
        "rport" => via.HasRPort ? via.RPort?.ToString(CultureInfo.InvariantCulture) ?? "<flag>" : null,
        "sent-by" => via.SentBy,
        "protocol" => via.Protocol,
        _ => throw new InvalidDataException($"Unknown Via check '{field}'."),
    };

    private static string? AuthParameter(SipMessage message, string header, string parameter)
    {
        var values = header switch
        {
            "www" => message.WwwAuthenticate,
            "proxy" => message.ProxyAuthenticate,
            "authorization" => message.Authorization,
            "proxy-authorization" => message.ProxyAuthorization,
            _ => throw new InvalidDataException($"Unknown auth header '{header}'."),
        };
        return parameter == "count" ? Count(values.Count) : values.FirstOrDefault()?.Get(parameter);
    }
}
