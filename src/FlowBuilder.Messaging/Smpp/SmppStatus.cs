namespace FlowBuilder.Messaging.Smpp;

/// <summary>SMPP 3.4 command_status values (section 5.1.3) and which of them mean "try again later".</summary>
internal static class SmppStatus
{
    public const uint Ok = 0x00;
    public const uint InvalidCommandId = 0x03;
    public const uint IncorrectBindStatus = 0x04;
    public const uint AlreadyBound = 0x05;
    public const uint SystemError = 0x08;
    public const uint InvalidSourceAddress = 0x0A;
    public const uint InvalidDestinationAddress = 0x0B;
    public const uint BindFailed = 0x0D;
    public const uint InvalidPassword = 0x0E;
    public const uint InvalidSystemId = 0x0F;
    public const uint MessageQueueFull = 0x14;
    public const uint SubmitFailed = 0x45;
    public const uint Throttled = 0x58;
    public const uint TemporaryAppError = 0x64;
    public const uint PermanentAppError = 0x65;
    public const uint UnknownError = 0xFF;

    /// <summary>Whether a submit_sm_resp status is transient: the SMSC is busy, throttling or broken, not refusing
    /// this message. 0x45 (submit failed) carries no reason, so it counts as transient; a message is refused for good
    /// only by a status that names something wrong with it (address, length, TON/NPI, validity, TLV...).</summary>
    public static bool IsTransient(uint status) => status is
        IncorrectBindStatus or SystemError or MessageQueueFull or SubmitFailed or Throttled or TemporaryAppError or UnknownError;

    public static string Describe(uint status) => status switch
    {
        Ok => "ESME_ROK",
        0x01 => "ESME_RINVMSGLEN (message length is invalid)",
        0x02 => "ESME_RINVCMDLEN (command length is invalid)",
        InvalidCommandId => "ESME_RINVCMDID (invalid command id)",
        IncorrectBindStatus => "ESME_RINVBNDSTS (incorrect bind status)",
        AlreadyBound => "ESME_RALYBND (already bound)",
        0x06 => "ESME_RINVPRTFLG (invalid priority flag)",
        0x07 => "ESME_RINVREGDLVFLG (invalid registered delivery flag)",
        SystemError => "ESME_RSYSERR (system error)",
        InvalidSourceAddress => "ESME_RINVSRCADR (invalid source address)",
        InvalidDestinationAddress => "ESME_RINVDSTADR (invalid destination address)",
        0x0C => "ESME_RINVMSGID (message id is invalid)",
        BindFailed => "ESME_RBINDFAIL (bind failed)",
        InvalidPassword => "ESME_RINVPASWD (invalid password)",
        InvalidSystemId => "ESME_RINVSYSID (invalid system id)",
        MessageQueueFull => "ESME_RMSGQFUL (message queue full)",
        0x15 => "ESME_RINVSERTYP (invalid service type)",
        SubmitFailed => "ESME_RSUBMITFAIL (submit_sm failed)",
        0x48 => "ESME_RINVSRCTON (invalid source address TON)",
        0x49 => "ESME_RINVSRCNPI (invalid source address NPI)",
        0x50 => "ESME_RINVDSTTON (invalid destination address TON)",
        0x51 => "ESME_RINVDSTNPI (invalid destination address NPI)",
        0x53 => "ESME_RINVSYSTYP (invalid system_type)",
        Throttled => "ESME_RTHROTTLED (throttling error: too many messages)",
        0x61 => "ESME_RINVSCHED (invalid scheduled delivery time)",
        0x62 => "ESME_RINVEXPIRY (invalid validity period)",
        TemporaryAppError => "ESME_RX_T_APPN (temporary application error)",
        PermanentAppError => "ESME_RX_P_APPN (permanent application error)",
        0x66 => "ESME_RX_R_APPN (rejected by application)",
        0xC0 => "ESME_RINVOPTPARSTREAM (error in the optional part of the PDU)",
        0xC1 => "ESME_ROPTPARNOTALLWD (optional parameter not allowed)",
        0xC2 => "ESME_RINVPARLEN (invalid parameter length)",
        0xC3 => "ESME_RMISSINGOPTPARAM (expected optional parameter missing)",
        0xC4 => "ESME_RINVOPTPARAMVAL (invalid optional parameter value)",
        0xFE => "ESME_RDELIVERYFAILURE (delivery failure)",
        UnknownError => "ESME_RUNKNOWNERR (unknown error)",
        _ => "SMPP status",
    };

    /// <summary>The status as SMPP writes it, e.g. <c>0x0000000B</c>.</summary>
    public static string Code(uint status) => $"0x{status:X8}";
}
