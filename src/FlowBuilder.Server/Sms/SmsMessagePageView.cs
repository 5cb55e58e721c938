namespace FlowBuilder.Server.Sms;

internal sealed record SmsMessagePageView(IReadOnlyList<SmsMessageView> Items, int Total, int Skip, int Take);
