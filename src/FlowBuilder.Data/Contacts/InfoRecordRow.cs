namespace FlowBuilder.Data.Contacts;

internal sealed class InfoRecordRow
{
    public string DatabaseId { get; set; } = "";
    public string Key { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string DataJson { get; set; } = "{}";
}
