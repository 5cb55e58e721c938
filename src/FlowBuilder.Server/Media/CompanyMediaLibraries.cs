using FlowBuilder.Telephony.Media.Library;

namespace FlowBuilder.Server.Media;

/// <summary>Each company's media library under the server's media folder (see <see cref="CompanyMediaFolder"/>).</summary>
internal sealed class CompanyMediaLibraries(MediaLibrary shared)
{
    public MediaLibrary For(string companyId) =>
        companyId == CompanyMediaFolder.DefaultCompanyId ? shared : new MediaLibrary(CompanyMediaFolder.Of(shared.Folder, companyId));
}
