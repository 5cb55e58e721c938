using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Accounts;

internal sealed class UserRowConfiguration : IEntityTypeConfiguration<UserRow>
{
    /// <summary>The unique index on <c>users.email</c>; a violation of it means the e-mail is taken.</summary>
    public const string EmailIndex = "ux_users_email";

    public void Configure(EntityTypeBuilder<UserRow> entity)
    {
        entity.ToTable("users");
        entity.HasKey(u => u.UserId).HasName("pk_users");
        entity.Property(u => u.UserId).HasColumnName("user_id");
        entity.Property(u => u.CompanyId).HasColumnName("company_id");
        entity.Property(u => u.Email).HasColumnName("email");
        entity.Property(u => u.Name).HasColumnName("name");
        entity.Property(u => u.Role).HasColumnName("role").HasConversion<string>();
        entity.Property(u => u.PasswordHash).HasColumnName("password_hash");
        entity.Property(u => u.IsSystemAdministrator).HasColumnName("is_system_administrator");
        entity.Property(u => u.Disabled).HasColumnName("disabled");
        entity.Property(u => u.CreatedAt).HasColumnName("created_at");
        entity.Property(u => u.LastSignInAt).HasColumnName("last_sign_in_at");
        entity.Property(u => u.SecurityStamp).HasColumnName("security_stamp");
        entity.HasIndex(u => u.Email).IsUnique().HasDatabaseName(EmailIndex);
        entity.HasIndex(u => new { u.CompanyId, u.Email }).HasDatabaseName("ix_users_company_id_email");
    }
}
