namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>Why a message was rejected; <see cref="SipParseFailure.StatusCode"/> maps each to a response code.</summary>
public enum SipParseError
{
    TooLarge,
    Empty,
    NulByte,
    InvalidEncoding,
    BadStartLine,
    VersionNotSupported,
    BadRequestUri,
    UnsupportedUriScheme,
    BadHeaderLine,
    MissingHeader,
    DuplicateHeader,
    BadHeaderValue,
    CSeqMismatch,
    BadContentLength,
    BodyShorterThanContentLength,
    MissingContentLength,
}
